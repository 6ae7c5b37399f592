package dev.allclose.problems.attention;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.attention.MultiHeadAttention;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 1, multi-head-attention. Each hidden case targets a reject kind of the
 * contract: several heads with T != D (head split, transpose, concatenation order, scale by sqrt(D)
 * instead of sqrt(d_k)), causal masks of several lengths (off-by-one masks), T = 1, one head per
 * dimension, and inputs whose scores reach the thousands (a softmax without the max subtraction
 * overflows to inf/inf = NaN).
 */
public final class MultiHeadAttentionCases implements CaseGenerator {

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1"), "two heads, no mask", 1, 3, 4, 2, false, 1.0));
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-2-causal"),
            "two heads, causal mask",
            1,
            4,
            4,
            2,
            true,
            1.0));
    cases.add(
        make(ctx, TestCase.hidden("single-position"), "T = 1, causal", 2, 1, 6, 3, true, 1.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("single-position-open"),
            "T = 1, no mask",
            1,
            1,
            4,
            2,
            false,
            1.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("head-per-dimension"),
            "n_heads = D, so d_k = 1",
            2,
            5,
            4,
            4,
            false,
            1.0));
    cases.add(make(ctx, TestCase.hidden("one-head"), "a single head", 1, 6, 8, 1, true, 1.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("four-heads-batch"),
            "B = 3, four heads, T != D",
            3,
            7,
            16,
            4,
            false,
            1.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("causal-long"),
            "causal mask over 16 positions",
            2,
            16,
            12,
            3,
            true,
            1.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("large-scores"),
            "scores in the thousands",
            2,
            6,
            8,
            2,
            false,
            40.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("large-scores-causal"),
            "scores in the thousands, causal",
            1,
            9,
            8,
            4,
            true,
            40.0));
    cases.add(
        make(
            ctx,
            TestCase.hidden("wide"),
            "T = 48, D = 64, eight heads, causal",
            2,
            48,
            64,
            8,
            true,
            1.0));
    return cases;
  }

  /**
   * Weights are N(0, 1/D) so scores stay O(1) at scale 1; {@code scale} multiplies X, which
   * multiplies the scores by scale^2.
   */
  private static TestCase make(
      GenerationContext ctx,
      TestCase.Builder builder,
      String description,
      int b,
      int t,
      int d,
      int heads,
      boolean causal,
      double scale) {
    Rng rng = ctx.rng(builder.name());
    double w = 1.0 / Math.sqrt(d);
    double[][][] x = NestedArrays.toCube(rng.normal(scale, b, t, d));
    double[][] wq = NestedArrays.toMatrix(rng.normal(w, d, d));
    double[][] wk = NestedArrays.toMatrix(rng.normal(w, d, d));
    double[][] wv = NestedArrays.toMatrix(rng.normal(w, d, d));
    double[][] wo = NestedArrays.toMatrix(rng.normal(w, d, d));
    double[][][] out = MultiHeadAttention.forward(x, wq, wk, wv, wo, heads, causal);
    return builder
        .describe(description)
        .input("X", array(x))
        .input("W_Q", array(wq))
        .input("W_K", array(wk))
        .input("W_V", array(wv))
        .input("W_O", array(wo))
        .input("n_heads", scalar(heads))
        .input("causal", flag(causal))
        .expect("out", array(out))
        .build();
  }
}
