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
import dev.allclose.reference.attention.FlashAttention;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 7, flash-attention. Block sizes that divide T and that do not (T = 37 with
 * blocks 8, 16, 37 and 64; block 1) catch a dropped or mis-indexed last block; causal cases with
 * several blocks per row catch a straddling block left unmasked or masked with block-local indices;
 * every multi-block case catches a running sum that is not rescaled when the maximum grows; scores
 * in the hundreds catch an exponential without the running maximum; B = 1 and T = 1 cover the
 * degenerate shapes. The last case, one head of T = 8192, has limits of its own: {@link
 * #LONG_MEMORY_MB} and {@link #LONG_TIME_MS}.
 */
public final class FlashAttentionCases implements CaseGenerator {
  private static final boolean CAUSAL = true;
  private static final boolean OPEN = false;

  /**
   * The long case's memory cap. One T x T float64 score matrix at T = 8192 is 512 MiB (256 MiB in
   * float32); the accepted tiled solutions pass with 64 MiB (measurements in problem.yaml).
   */
  static final int LONG_MEMORY_MB = 160;

  /** The long case's time limit: 10 x the slower accepted tiled solution (see problem.yaml). */
  static final int LONG_TIME_MS = 60_000;

  static final String MEMORY_RULE =
      "This case (T = 8192) runs under a "
          + LONG_MEMORY_MB
          + " MiB cap: extra memory must stay O(block_size^2 + T d) per head, and one T x T"
          + " float64 score matrix alone is 512 MiB";

  /** Batch, heads, length and head width of Q, K and V. */
  private record Shape(int b, int h, int t, int d) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), new Shape(1, 2, 10, 4), 4, OPEN, 1));
    cases.add(make(ctx, sample("sample-2-causal"), new Shape(1, 1, 9, 4), 4, CAUSAL, 1));
    cases.add(make(ctx, hidden("t37-block8"), new Shape(2, 2, 37, 8), 8, OPEN, 1));
    cases.add(make(ctx, hidden("t37-block8-causal"), new Shape(2, 2, 37, 8), 8, CAUSAL, 1));
    cases.add(make(ctx, hidden("t37-block16-causal"), new Shape(1, 3, 37, 8), 16, CAUSAL, 1));
    cases.add(make(ctx, hidden("t37-block37-causal"), new Shape(1, 2, 37, 8), 37, CAUSAL, 1));
    cases.add(make(ctx, hidden("t37-block64"), new Shape(1, 2, 37, 8), 64, OPEN, 1));
    cases.add(make(ctx, hidden("block1-causal"), new Shape(1, 2, 13, 4), 1, CAUSAL, 1));
    cases.add(make(ctx, hidden("block1"), new Shape(2, 1, 11, 4), 1, OPEN, 1));
    cases.add(make(ctx, hidden("single-position"), new Shape(1, 1, 1, 8), 64, CAUSAL, 1));
    cases.add(make(ctx, hidden("single-position-batch"), new Shape(3, 2, 1, 4), 1, OPEN, 1));
    cases.add(make(ctx, hidden("four-heads-causal"), new Shape(1, 4, 100, 16), 32, CAUSAL, 1));
    cases.add(make(ctx, hidden("large-scores"), new Shape(1, 2, 40, 8), 8, OPEN, 30));
    cases.add(make(ctx, hidden("large-scores-causal"), new Shape(2, 1, 45, 8), 16, CAUSAL, 30));
    cases.add(
        fill(ctx, hidden("long-sequence"), new Shape(1, 1, 8192, 64), 64, CAUSAL, 1)
            .memoryMb(LONG_MEMORY_MB, MEMORY_RULE)
            .timeMs(LONG_TIME_MS)
            .build());
    return cases;
  }

  private static TestCase make(
      GenerationContext ctx,
      TestCase.Builder builder,
      Shape s,
      int blockSize,
      boolean causal,
      double scale) {
    return fill(ctx, builder, s, blockSize, causal, scale).build();
  }

  /**
   * Q and K are N(0, scale^2) and V is N(0, 1), so the scaled scores have standard deviation
   * scale^2: about 1 at scale 1 and 900 at scale 30, far past exp's overflow at 709.
   */
  private static TestCase.Builder fill(
      GenerationContext ctx,
      TestCase.Builder builder,
      Shape s,
      int blockSize,
      boolean causal,
      double scale) {
    Rng rng = ctx.rng(builder.name());
    NdArray q = rng.normal(scale, s.b(), s.h(), s.t(), s.d());
    NdArray k = rng.normal(scale, s.b(), s.h(), s.t(), s.d());
    NdArray v = rng.normal(1.0, s.b(), s.h(), s.t(), s.d());
    FlashAttention.Output out =
        FlashAttention.forward(quad(q), quad(k), quad(v), blockSize, causal);
    return builder
        .describe(describe(s, blockSize, causal, scale))
        .input("Q", q)
        .input("K", k)
        .input("V", v)
        .input("block_size", scalar(blockSize))
        .input("causal", flag(causal))
        .expect("O", array(out.o()))
        .expect("L", array(out.lse()));
  }

  private static String describe(Shape s, int blockSize, boolean causal, double scale) {
    return String.format(
        "B = %d, H = %d, T = %d, d = %d, block %d, %s%s",
        s.b(),
        s.h(),
        s.t(),
        s.d(),
        blockSize,
        causal ? "causal" : "no mask",
        scale > 1 ? ", scores in the hundreds" : "");
  }

  private static double[][][][] quad(NdArray a) {
    return (double[][][][]) NestedArrays.toNested(a, double[][][][].class);
  }
}
