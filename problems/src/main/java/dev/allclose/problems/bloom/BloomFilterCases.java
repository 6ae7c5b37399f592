package dev.allclose.problems.bloom;

import static dev.allclose.problems.Cases.scalar;

import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cases for problem 26, bloom-filter, judged by {@link BloomFilterChecker}: each builds a filter,
 * adds {@code items}, asks {@code contains} and {@code in} about every item and every probe
 * (strings never added), and reads {@code num_bits} and {@code num_hashes}.
 *
 * <p>Every case catches a filter that loses bits (a false negative) or whose {@code in} is missing
 * (a runtime error). The cases filled to capacity catch bit counts from log2 instead of ln (1.44
 * m*) and a fixed k = 1 (every p here has k* >= 3.3). The cases with the probes {@link
 * FalsePositiveBudget} asks for (capacity 2000 at p = 0.1, 5000 at p = 0.1, 20000 at p = 0.01 and
 * 20000 at p = 0.001) measure the false-positive rate and catch k identical hash positions. Items
 * share long prefixes (item-1, item-10, item-100), mix scripts, combining marks and emoji (ZWJ
 * sequences and flags included), and include the empty string.
 */
public final class BloomFilterCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          new CaseCall(Op.NEW, "BloomFilter", List.of("capacity", "error_rate"), List.of()),
          new CaseCall(Op.EACH, "add", List.of("items"), List.of()),
          new CaseCall(Op.EACH, "contains", List.of("items"), List.of("member_hits")),
          new CaseCall(Op.IN, "contains", List.of("items"), List.of("member_in")),
          new CaseCall(Op.IN, "contains", List.of("probes"), List.of("probe_hits")),
          new CaseCall(Op.EACH, "contains", List.of("probes"), List.of("probe_contains")),
          new CaseCall(Op.GET, "num_bits", List.of(), List.of("num_bits")),
          new CaseCall(Op.GET, "num_hashes", List.of(), List.of("num_hashes")));

  private static final String[] PIECES = {
    "data", "dédup", "naïve", "Zürich", "straße", "Ωμέγα", "данные", "数据", "去重", "データ", "분류",
    "مرحبا", "नमस्ते", "😀", "🎉", "👩‍💻", "🇯🇵", "e\u0301", "ǅ", "𝔘𝔫𝔦", "item"
  };
  private static final String[] SEPARATORS = {"", "-", " ", "_", "·"};

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        make(
            TestCase.sample("sample-1-small"),
            "capacity 100, p = 0.05, items item-0 .. item-99",
            100,
            0.05,
            numbered("item-", 0, 100),
            numbered("item-", 100, 500)));
    cases.add(atCapacity(ctx, TestCase.sample("sample-2-at-capacity"), 2000, 0.1, Kind.TOKENS));
    cases.add(pastCapacity(ctx, TestCase.sample("sample-3-past-capacity"), 200, 0.01, false));
    cases.add(prefixSharing(ctx, TestCase.hidden("prefix-sharing-p01"), 20_000, 0.01));
    // p = 0.001 is judged on sizes and membership (small-p001): measuring a rate that low to the
    // checker's 1e-9 safety needs ~370k probes, which made this case cost seconds in Python.
    cases.add(atCapacity(ctx, TestCase.hidden("tokens-p01"), 20_000, 0.01, Kind.TOKENS));
    cases.add(atCapacity(ctx, TestCase.hidden("unicode-p10"), 5000, 0.1, Kind.UNICODE));
    cases.add(
        make(
            TestCase.hidden("small-p001"),
            "capacity 1000, p = 0.001: sizes and membership only",
            1000,
            0.001,
            numbered("item-", 1, 1001),
            numbered("item-", 1001, 2001)));
    cases.add(pastCapacity(ctx, TestCase.hidden("past-capacity-p01"), 1000, 0.01, false));
    cases.add(pastCapacity(ctx, TestCase.hidden("past-capacity-repeats"), 3000, 0.1, true));
    return cases;
  }

  private enum Kind {
    TOKENS,
    UNICODE
  }

  /** Exactly {@code capacity} distinct items and the probes the false-positive test needs. */
  private static TestCase atCapacity(
      GenerationContext ctx, TestCase.Builder b, int capacity, double p, Kind kind) {
    Rng rng = ctx.rng(b.name());
    int probes = FalsePositiveBudget.probesNeeded(capacity, p).orElseThrow();
    Set<String> seen = new LinkedHashSet<>();
    List<String> items = draw(rng, kind, capacity, seen);
    List<String> probeList = draw(rng, kind, probes, seen);
    String what = kind == Kind.TOKENS ? "random tokens" : "words in many scripts with emoji";
    return make(
        b,
        "capacity " + capacity + ", p = " + p + ", " + what + ", " + probes + " probes",
        capacity,
        p,
        items,
        probeList);
  }

  /**
   * Items item-i for a random half of i in [0, 2n) plus variants of the rest that share all but a
   * character (item-0i, item-i-): the probes are the other half and their variants.
   */
  private static TestCase prefixSharing(
      GenerationContext ctx, TestCase.Builder b, int capacity, double p) {
    Rng rng = ctx.rng(b.name());
    int[] order = permutation(rng, 2 * capacity);
    List<String> items = new ArrayList<>();
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      (i < capacity ? items : probes).add("item-" + order[i]);
    }
    int needed = FalsePositiveBudget.probesNeeded(capacity, p).orElseThrow();
    for (int i = 0; probes.size() < needed; i++) {
      probes.add("item-0" + order[i]);
      if (probes.size() < needed) { // exactly the budget, as every case measured on its rate
        probes.add("item-" + order[i] + "-");
      }
    }
    return make(
        b,
        "capacity " + capacity + ", p = " + p + ", item-1, item-10, item-100 ...",
        capacity,
        p,
        items,
        probes);
  }

  /**
   * Twice the capacity added; with {@code repeats}, about one add in ten repeats an earlier one.
   */
  private static TestCase pastCapacity(
      GenerationContext ctx, TestCase.Builder b, int capacity, double p, boolean repeats) {
    Rng rng = ctx.rng(b.name());
    Set<String> seen = new LinkedHashSet<>();
    List<String> items = draw(rng, Kind.UNICODE, 2 * capacity, seen);
    if (repeats) {
      for (int i = 0; i < items.size(); i++) {
        if (i > 0 && rng.nextInt(10) == 0) {
          items.set(i, items.get(rng.nextInt(i)));
        }
      }
    }
    return make(
        b,
        "capacity "
            + capacity
            + ", p = "
            + p
            + ", "
            + 2 * capacity
            + " adds"
            + (repeats ? " with repeats" : "")
            + ": no false negatives",
        capacity,
        p,
        items,
        draw(rng, Kind.UNICODE, 2 * capacity, seen));
  }

  /** {@code count} strings of the kind, none already in {@code seen}, which grows. */
  private static List<String> draw(Rng rng, Kind kind, int count, Set<String> seen) {
    List<String> out = new ArrayList<>();
    if (kind == Kind.UNICODE && seen.add("")) {
      out.add("");
    }
    while (out.size() < count) {
      String s = kind == Kind.TOKENS ? token(rng) : word(rng);
      if (seen.add(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Eleven base-36 characters: a document id. */
  private static String token(Rng rng) {
    StringBuilder sb = new StringBuilder("d");
    for (int i = 0; i < 10; i++) {
      sb.append(Character.forDigit(rng.nextInt(36), 36));
    }
    return sb.toString();
  }

  /** Two or three pieces, separators between them, sometimes a number. */
  private static String word(Rng rng) {
    StringBuilder sb = new StringBuilder(PIECES[rng.nextInt(PIECES.length)]);
    int pieces = rng.nextInt(2, 3);
    for (int i = 1; i < pieces; i++) {
      sb.append(SEPARATORS[rng.nextInt(SEPARATORS.length)])
          .append(PIECES[rng.nextInt(PIECES.length)]);
    }
    if (rng.nextBoolean()) {
      sb.append(SEPARATORS[rng.nextInt(SEPARATORS.length)]).append(rng.nextInt(1000));
    }
    return sb.toString();
  }

  private static List<String> numbered(String prefix, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  private static int[] permutation(Rng rng, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static TestCase make(
      TestCase.Builder b,
      String description,
      int capacity,
      double p,
      List<String> items,
      List<String> probes) {
    b.describe(description)
        .input("capacity", scalar(capacity))
        .input("error_rate", scalar(p))
        .input("items", strings(items))
        .input("probes", strings(probes));
    CALLS.forEach(b::call);
    return b.build();
  }

  private static NdArray strings(List<String> values) {
    return NdArray.ofStrings(values.toArray(String[]::new), values.size());
  }
}
