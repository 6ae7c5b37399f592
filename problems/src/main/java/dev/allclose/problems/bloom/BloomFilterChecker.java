package dev.allclose.problems.bloom;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.PropertyResults;
import dev.allclose.reference.bloom.BloomFilter;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Judges problem 26, bloom-filter, by properties; its cases carry no expected outputs.
 *
 * <p>Every case: no false negative (each added item is reported present by {@code contains} and by
 * {@code in}), and {@code in} agrees with {@code contains} on every probe. Cases filled to exactly
 * their capacity n, in order: {@code num_bits} within 5% of m* = -n ln p / (ln 2)^2; {@code
 * num_hashes} within 1 of the optimum for the filter's own bit count, (num_bits / n) ln 2; and,
 * where the case has the probes {@link FalsePositiveBudget} asks for, a measured false-positive
 * rate of at most 1.5 p on probes never added. Cases filled past capacity check the first two
 * properties only. Stateless and thread-safe.
 */
public final class BloomFilterChecker implements Checker {
  /** How far num_bits may be from m*, relative to m*. */
  static final double BITS_TOLERANCE = 0.05;

  /** How far num_hashes may be from (m / n) ln 2. */
  static final double HASHES_TOLERANCE = 1.0;

  @Override
  public CheckResult check(CheckContext ctx) {
    return PropertyResults.check(ctx, BloomFilterChecker::firstFailure);
  }

  private static String firstFailure(CheckContext ctx) {
    int capacity = (int) ctx.input("capacity").getLong(0);
    double p = ctx.input("error_rate").getDouble(0);
    String[] items = ctx.input("items").toStringArray();
    String[] probes = ctx.input("probes").toStringArray();
    String failure = falseNegative(items, booleans(ctx, "member_hits", items.length), "contains()");
    if (failure.isEmpty()) {
      failure = falseNegative(items, booleans(ctx, "member_in", items.length), "`in`");
    }
    boolean[] probeContains = booleans(ctx, "probe_contains", probes.length);
    if (failure.isEmpty()) {
      failure = disagreement(probes, booleans(ctx, "probe_hits", probes.length), probeContains);
    }
    if (!failure.isEmpty() || items.length > capacity) {
      return failure;
    }
    int bits = integer(ctx, "num_bits");
    failure = bitsProblem(bits, capacity, p);
    if (failure.isEmpty()) {
      failure = hashesProblem(integer(ctx, "num_hashes"), bits, capacity);
    }
    if (failure.isEmpty() && items.length == capacity) {
      failure = falsePositiveProblem(probeContains, capacity, p);
    }
    return failure;
  }

  private static String falseNegative(String[] items, boolean[] present, String how) {
    int missed = 0;
    int first = -1;
    for (int i = 0; i < items.length; i++) {
      if (!present[i]) {
        missed++;
        first = first < 0 ? i : first;
      }
    }
    if (missed == 0) {
      return "";
    }
    return "false negative: "
        + PropertyResults.quote(items[first])
        + " was added but "
        + how
        + " returned false ("
        + missed
        + " of "
        + items.length
        + " added items missed)";
  }

  private static String disagreement(String[] probes, boolean[] in, boolean[] contains) {
    for (int i = 0; i < probes.length; i++) {
      if (in[i] != contains[i]) {
        return "`in` and contains() disagree on "
            + PropertyResults.quote(probes[i])
            + ": `in` returned "
            + in[i]
            + ", contains() returned "
            + contains[i];
      }
    }
    return "";
  }

  private static String bitsProblem(int bits, int n, double p) {
    double optimum = BloomFilter.optimalBits(n, p);
    double off = (bits - optimum) / optimum;
    if (Math.abs(off) <= BITS_TOLERANCE) {
      return "";
    }
    return "num_bits = "
        + bits
        + " is "
        + percent(Math.abs(off))
        + (off > 0 ? " above" : " below")
        + " m* = -n ln p / (ln 2)^2 = "
        + Numbers.format(optimum)
        + " for n = "
        + n
        + ", p = "
        + Numbers.format(p)
        + " (allowed: within "
        + percent(BITS_TOLERANCE)
        + ")";
  }

  /** The optimum is taken for the filter's own bit count, already known to be near m*. */
  private static String hashesProblem(int hashes, int bits, int n) {
    double optimum = BloomFilter.optimalHashes(bits, n);
    if (Math.abs(hashes - optimum) <= HASHES_TOLERANCE + 1e-9) {
      return "";
    }
    return "num_hashes = "
        + hashes
        + " is "
        + Numbers.format(round3(Math.abs(hashes - optimum)))
        + " from the optimum (m / n) ln 2 = "
        + Numbers.format(round3(optimum))
        + " for m = "
        + bits
        + ", n = "
        + n
        + " (allowed: within 1)";
  }

  private static String falsePositiveProblem(boolean[] probeContains, int n, double p) {
    OptionalInt needed = FalsePositiveBudget.probesNeeded(n, p);
    if (needed.isEmpty() || probeContains.length < needed.getAsInt()) {
      return "";
    }
    int hits = 0;
    for (boolean b : probeContains) {
      hits += b ? 1 : 0;
    }
    double rate = (double) hits / probeContains.length;
    double limit = FalsePositiveBudget.FACTOR * p;
    if (rate <= limit) {
      return "";
    }
    return "false-positive rate "
        + percentApart(rate, limit)
        + " ("
        + hits
        + " of "
        + probeContains.length
        + " probes never added) is above 1.5 x "
        + percent(p)
        + " = "
        + percent(limit);
  }

  /**
   * A per-item result as booleans, or an {@link PropertyResults.UnusableResult} saying why it
   * cannot be read.
   */
  private static boolean[] booleans(CheckContext ctx, String name, int length) {
    NdArray a = PropertyResults.usable(ctx, name);
    if (a.dtype().kind() != 'b') {
      throw PropertyResults.unusable(
          ctx, name, "expected booleans, got " + PropertyResults.kind(ctx, name, a));
    }
    if (a.rank() != 1 || a.size() != length) {
      throw PropertyResults.unusable(
          ctx,
          name,
          "expected one answer per item ("
              + length
              + "), got shape "
              + NdArray.formatShape(a.shape()));
    }
    return a.toBooleanArray();
  }

  private static int integer(CheckContext ctx, String name) {
    NdArray a = PropertyResults.usable(ctx, name);
    if (!a.dtype().isInteger() || a.rank() != 0) {
      throw PropertyResults.unusable(
          ctx, name, "expected a single integer, got " + PropertyResults.kind(ctx, name, a));
    }
    long v = a.getLong(0);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw PropertyResults.unusable(ctx, name, v + " does not fit in an int");
    }
    return (int) v;
  }

  /** A fraction as a percentage with three significant digits: 0.0415 -> "4.15%". */
  static String percent(double fraction) {
    return percent(fraction, 3);
  }

  /**
   * {@code fraction} with the digits that tell it apart from {@code other}: "15.01%", not "15%".
   */
  static String percentApart(double fraction, double other) {
    int digits = 3;
    while (digits < 9 && percent(fraction, digits).equals(percent(other, digits))) {
      digits++;
    }
    return percent(fraction, digits);
  }

  private static String percent(double fraction, int digits) {
    String s = String.format(Locale.ROOT, "%." + digits + "g", 100 * fraction);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s + "%";
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
