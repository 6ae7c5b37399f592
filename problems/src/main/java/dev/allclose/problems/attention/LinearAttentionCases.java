package dev.allclose.problems.attention;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.attention.LinearAttention;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 50, linear-attention. Every case with standard normal inputs tells elu(x) + 1
 * from softmax weights, from relu (negative inputs give zero features) and from a 1/sqrt(d) scale;
 * the causal cases (T = 1 included, where a sum that leaves out position i is empty) catch an
 * ignored flag and exclusive prefix sums; inputs centred at -3 make the elu branch carry the
 * result; inputs centred at -8 shrink every feature to about 3e-4 so that the denominators are a
 * few times eps and leaving eps out changes the output; a case with eps = 0.1 catches a hard-coded
 * eps; d_v differs from d_k throughout. The two last cases, T = 16384, carry a memory cap of their
 * own ({@link #LONG_MEMORY_MB}) that a (T, T) matrix cannot fit.
 */
public final class LinearAttentionCases implements CaseGenerator {
  private static final boolean CAUSAL = true;
  private static final boolean OPEN = false;
  private static final double DEFAULT_EPS = 1e-6;

  /**
   * The long cases' memory cap. One 16384 x 16384 float64 matrix is 2 GiB (1 GiB in float32); the
   * accepted solutions grow by at most about 75 MiB on these cases (measurements in problem.yaml).
   */
  static final int LONG_MEMORY_MB = 256;

  /** The long cases' time limit: 10 x the slowest accepted solution there (see problem.yaml). */
  static final int LONG_TIME_MS = 7_000;

  static final String MEMORY_RULE =
      "This case (T = 16384) runs under a "
          + LONG_MEMORY_MB
          + " MiB cap: memory must stay linear in T, and one (T, T) float64 matrix alone is 2 GiB";

  /** Batch, length, key width and value width. */
  private record Shape(int b, int t, int dk, int dv) {}

  /** Q and K entries are mean + spread * N(0, 1): where on the feature map the inputs fall. */
  private record Inputs(double mean, double spread) {
    static final Inputs STANDARD = new Inputs(0, 1);
  }

  /**
   * The trailing arguments a case passes; left out, they take the Python defaults (causal False,
   * eps 1e-6).
   */
  private record Options(boolean causal, double eps, int given) {
    static Options defaults() {
      return new Options(false, DEFAULT_EPS, 0);
    }

    static Options causalOnly(boolean causal) {
      return new Options(causal, DEFAULT_EPS, 1);
    }

    static Options of(boolean causal, double eps) {
      return new Options(causal, eps, 2);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    Inputs negative = new Inputs(-3, 1);
    Inputs tiny = new Inputs(-8, 0.5);
    Inputs wide = new Inputs(0, 20);
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), new Shape(1, 6, 3, 2), Options.defaults()));
    cases.add(make(ctx, sample("sample-2-causal"), new Shape(1, 5, 3, 2), causal()));
    cases.add(make(ctx, hidden("batch"), new Shape(3, 17, 8, 5), open()));
    cases.add(make(ctx, hidden("batch-causal"), new Shape(2, 23, 8, 5), causal()));
    cases.add(make(ctx, hidden("values-wider-causal"), new Shape(1, 10, 3, 9), causal()));
    cases.add(make(ctx, hidden("single-position"), new Shape(2, 1, 4, 3), open()));
    cases.add(make(ctx, hidden("single-position-causal"), new Shape(1, 1, 4, 3), causal()));
    cases.add(make(ctx, hidden("negative-inputs"), new Shape(1, 12, 4, 4), open(), negative));
    cases.add(
        make(ctx, hidden("negative-inputs-causal"), new Shape(2, 12, 4, 4), causal(), negative));
    cases.add(make(ctx, hidden("tiny-features"), new Shape(1, 6, 4, 3), open(), tiny));
    cases.add(make(ctx, hidden("tiny-features-causal"), new Shape(2, 6, 4, 3), causal(), tiny));
    cases.add(
        make(ctx, hidden("custom-eps-causal"), new Shape(2, 9, 5, 4), Options.of(CAUSAL, 0.1)));
    cases.add(make(ctx, hidden("wide-range-causal"), new Shape(1, 15, 6, 4), causal(), wide));
    cases.add(longCase(ctx, hidden("long-sequence"), open()));
    cases.add(longCase(ctx, hidden("long-sequence-causal"), causal()));
    return cases;
  }

  private static Options open() {
    return Options.of(OPEN, DEFAULT_EPS);
  }

  private static Options causal() {
    return Options.causalOnly(CAUSAL);
  }

  private static TestCase longCase(GenerationContext ctx, TestCase.Builder builder, Options o) {
    return fill(ctx, builder, new Shape(1, 16_384, 16, 16), o, Inputs.STANDARD)
        .memoryMb(LONG_MEMORY_MB, MEMORY_RULE)
        .timeMs(LONG_TIME_MS)
        .build();
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Options o) {
    return make(ctx, builder, s, o, Inputs.STANDARD);
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Options o, Inputs in) {
    return fill(ctx, builder, s, o, in).build();
  }

  private static TestCase.Builder fill(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Options o, Inputs in) {
    Rng rng = ctx.rng(builder.name());
    NdArray q = shifted(rng.normal(in.spread(), s.b(), s.t(), s.dk()), in.mean());
    NdArray k = shifted(rng.normal(in.spread(), s.b(), s.t(), s.dk()), in.mean());
    NdArray v = rng.normal(1.0, s.b(), s.t(), s.dv());
    double[][][] out =
        LinearAttention.forward(
            NestedArrays.toCube(q),
            NestedArrays.toCube(k),
            NestedArrays.toCube(v),
            o.causal(),
            o.eps());
    builder.describe(describe(s, o, in)).input("Q", q).input("K", k).input("V", v);
    if (o.given() >= 1) {
      builder.input("causal", flag(o.causal()));
    }
    if (o.given() >= 2) {
      builder.input("eps", scalar(o.eps()));
    }
    return builder.expect("out", array(out));
  }

  private static NdArray shifted(NdArray a, double mean) {
    double[] values = a.toDoubleArray();
    for (int i = 0; i < values.length; i++) {
      values[i] += mean;
    }
    return NdArray.ofDoubles(values, a.shape());
  }

  private static String describe(Shape s, Options o, Inputs in) {
    String inputs =
        in.equals(Inputs.STANDARD)
            ? ""
            : String.format(", Q and K ~ N(%s, %s^2)", fmt(in.mean()), fmt(in.spread()));
    return String.format(
        "B = %d, T = %d, d_k = %d, d_v = %d, %s, eps = %s%s%s",
        s.b(),
        s.t(),
        s.dk(),
        s.dv(),
        o.causal() ? "causal" : "no mask",
        fmt(o.eps()),
        o.given() < 2 ? " (the default)" : "",
        inputs);
  }

  private static String fmt(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e6 ? String.valueOf((long) x) : String.valueOf(x);
  }
}
