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
import dev.allclose.reference.attention.SlidingWindowAttention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 51, sliding-window-attention. Every case with window >= 1 catches a window one
 * short on each side ({@code |i - j| < window}) and a missing 1/sqrt(d); cases with global tokens
 * away from the edges catch global keys that ordinary queries never see, and, with the mask, global
 * queries that see the future; global tokens inside other queries' windows catch a key counted
 * twice, and a list with repeats (unsorted) catches positions taken as given rather than as a set;
 * window 0, a window reaching past the sequence, every token global and T = 1 are the degenerate
 * patterns; scores in the thousands catch a softmax without the maximum subtracted. The last case,
 * T = 8192, carries a memory cap of its own ({@link #LONG_MEMORY_MB}) that a (T, T) matrix cannot
 * fit.
 */
public final class SlidingWindowAttentionCases implements CaseGenerator {
  private static final boolean CAUSAL = true;
  private static final boolean OPEN = false;

  /**
   * The long case's memory cap. One 8192 x 8192 float64 score matrix is 512 MiB; the accepted
   * solutions grow by at most about 60 MiB on this case (measurements in problem.yaml).
   */
  static final int LONG_MEMORY_MB = 256;

  /** The long case's time limit: 10 x the slowest accepted solution there (see problem.yaml). */
  static final int LONG_TIME_MS = 6_000;

  static final String MEMORY_RULE =
      "This case (T = 8192, window 32) runs under a "
          + LONG_MEMORY_MB
          + " MiB cap: memory must stay linear in T, and one (T, T) float64 score matrix alone is"
          + " 512 MiB";

  /** Batch, length and width of Q, K and V. */
  private record Shape(int b, int t, int d) {}

  /**
   * Who sees whom: the reach on each side, the mask, and the global positions exactly as the case
   * passes them (repeats and order kept).
   */
  private record Pattern(int window, boolean causal, List<Integer> globals) {
    Pattern(int window, boolean causal, int... globals) {
      this(window, causal, Arrays.stream(globals).boxed().toList());
    }

    int[] globalArray() {
      return globals.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
      return String.format(
          "window %d, %s, global tokens %s", window, causal ? "causal" : "no mask", globals);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    int[] messy = {12, 3, 12, 25, 3};
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), new Shape(1, 8, 4), new Pattern(2, OPEN)));
    cases.add(
        make(
            ctx,
            sample("sample-2-globals-causal"),
            new Shape(1, 10, 4),
            new Pattern(1, CAUSAL, 0, 6)));
    cases.add(make(ctx, hidden("batch"), new Shape(3, 20, 8), new Pattern(3, OPEN)));
    cases.add(make(ctx, hidden("batch-causal"), new Shape(2, 20, 8), new Pattern(3, CAUSAL)));
    cases.add(make(ctx, hidden("globals"), new Shape(2, 24, 8), new Pattern(2, OPEN, 0, 13)));
    cases.add(
        make(ctx, hidden("globals-causal"), new Shape(2, 24, 8), new Pattern(2, CAUSAL, 0, 9, 17)));
    cases.add(make(ctx, hidden("window-zero"), new Shape(1, 9, 4), new Pattern(0, OPEN)));
    cases.add(
        make(
            ctx,
            hidden("window-zero-globals-causal"),
            new Shape(1, 12, 4),
            new Pattern(0, CAUSAL, 5)));
    cases.add(make(ctx, hidden("window-beyond-length"), new Shape(2, 7, 5), new Pattern(10, OPEN)));
    cases.add(
        make(
            ctx,
            hidden("window-equals-length-causal"),
            new Shape(1, 7, 5),
            new Pattern(7, CAUSAL)));
    cases.add(
        make(
            ctx,
            hidden("globals-unsorted-repeated"),
            new Shape(1, 30, 4),
            new Pattern(3, OPEN, messy)));
    cases.add(
        make(
            ctx,
            hidden("globals-unsorted-repeated-causal"),
            new Shape(1, 30, 4),
            new Pattern(3, CAUSAL, messy)));
    cases.add(
        make(
            ctx,
            hidden("every-token-global-causal"),
            new Shape(1, 6, 4),
            new Pattern(1, CAUSAL, 5, 4, 3, 2, 1, 0)));
    cases.add(make(ctx, hidden("single-position"), new Shape(3, 1, 4), new Pattern(2, OPEN)));
    cases.add(
        make(
            ctx,
            hidden("single-position-global-causal"),
            new Shape(1, 1, 4),
            new Pattern(0, CAUSAL, 0)));
    cases.add(
        make(ctx, hidden("large-scores"), new Shape(1, 24, 8), new Pattern(3, OPEN, 2, 20), 30));
    cases.add(
        make(
            ctx,
            hidden("large-scores-causal"),
            new Shape(2, 24, 8),
            new Pattern(3, CAUSAL, 2, 20),
            30));
    cases.add(
        fill(
                ctx,
                hidden("long-sequence"),
                new Shape(1, 8192, 16),
                new Pattern(32, OPEN, 0, 2900, 4096, 8191),
                1)
            .memoryMb(LONG_MEMORY_MB, MEMORY_RULE)
            .timeMs(LONG_TIME_MS)
            .build());
    return cases;
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Pattern p) {
    return make(ctx, builder, s, p, 1);
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Pattern p, double scale) {
    return fill(ctx, builder, s, p, scale).build();
  }

  /**
   * Q and K are N(0, scale^2) and V is N(0, 1), so the scaled scores have standard deviation about
   * scale^2: about 1 at scale 1 and 900 at scale 30, far past exp's overflow at 709.
   */
  private static TestCase.Builder fill(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Pattern p, double scale) {
    Rng rng = ctx.rng(builder.name());
    NdArray q = rng.normal(scale, s.b(), s.t(), s.d());
    NdArray k = rng.normal(scale, s.b(), s.t(), s.d());
    NdArray v = rng.normal(1.0, s.b(), s.t(), s.d());
    double[][][] out =
        SlidingWindowAttention.forward(
            NestedArrays.toCube(q),
            NestedArrays.toCube(k),
            NestedArrays.toCube(v),
            p.window(),
            p.causal(),
            p.globalArray());
    long[] globals = p.globals().stream().mapToLong(Integer::longValue).toArray();
    return builder
        .describe(
            String.format(
                "B = %d, T = %d, d = %d, %s%s",
                s.b(), s.t(), s.d(), p, scale > 1 ? ", scores in the hundreds" : ""))
        .input("Q", q)
        .input("K", k)
        .input("V", v)
        .input("window", scalar(p.window()))
        .input("causal", flag(p.causal()))
        .input("global_tokens", NdArray.ofLongs(globals, globals.length))
        .expect("out", array(out));
  }
}
