package dev.allclose.problems.attention;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.attention.GroupedQueryAttention;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 11, grouped-query-attention. Most cases have 1 < H_kv < H (groups of two, three
 * and four query heads), where the round-robin mapping h % H_kv picks a different kv head than h //
 * (H / H_kv); H_kv = 1 (multi-query) and H_kv = H (multi-head) are the two ends. H d_k differs from
 * D in most cases, so d_k = D // H and a scale of 1/sqrt(D) both fail; T = 1 with and without the
 * mask, causal masks of several lengths, and scores in the thousands (a softmax without the max
 * subtraction overflows) complete the set.
 */
public final class GroupedQueryAttentionCases implements CaseGenerator {

  private static final boolean CAUSAL = true;
  private static final boolean OPEN = false;

  /** Batch, length, model width, query heads, kv heads and head width of one case. */
  private record Shape(int b, int t, int d, int heads, int kvHeads, int dk) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), new Shape(1, 4, 8, 4, 2, 2), OPEN, 1));
    cases.add(make(ctx, sample("sample-2-causal"), new Shape(1, 5, 6, 4, 2, 3), CAUSAL, 1));
    cases.add(make(ctx, hidden("multi-query"), new Shape(2, 6, 12, 4, 1, 4), OPEN, 1));
    cases.add(make(ctx, hidden("multi-query-causal"), new Shape(1, 9, 8, 6, 1, 2), CAUSAL, 1));
    cases.add(make(ctx, hidden("plain-mha"), new Shape(2, 7, 12, 4, 4, 3), OPEN, 1));
    cases.add(make(ctx, hidden("plain-mha-causal"), new Shape(1, 8, 10, 3, 3, 4), CAUSAL, 1));
    cases.add(make(ctx, hidden("groups-of-four"), new Shape(2, 10, 16, 8, 2, 4), OPEN, 1));
    cases.add(make(ctx, hidden("groups-of-two-causal"), new Shape(1, 12, 12, 6, 3, 2), CAUSAL, 1));
    cases.add(make(ctx, hidden("groups-of-three"), new Shape(1, 6, 20, 12, 4, 2), OPEN, 1));
    cases.add(make(ctx, hidden("single-position"), new Shape(2, 1, 8, 4, 2, 3), CAUSAL, 1));
    cases.add(make(ctx, hidden("single-position-open"), new Shape(1, 1, 6, 6, 2, 2), OPEN, 1));
    cases.add(make(ctx, hidden("heads-wider-than-model"), new Shape(1, 5, 8, 4, 2, 8), OPEN, 1));
    cases.add(make(ctx, hidden("heads-narrower"), new Shape(2, 6, 16, 2, 1, 2), CAUSAL, 1));
    cases.add(make(ctx, hidden("large-scores"), new Shape(1, 6, 8, 4, 2, 4), OPEN, 40));
    cases.add(make(ctx, hidden("large-scores-causal"), new Shape(2, 9, 12, 8, 4, 2), CAUSAL, 40));
    cases.add(make(ctx, hidden("long-causal"), new Shape(2, 32, 32, 8, 2, 8), CAUSAL, 1));
    return cases;
  }

  /**
   * Projections are N(0, 1/fan_in) so scores stay O(1) at scale 1; {@code scale} multiplies X,
   * which multiplies the scores by scale^2.
   */
  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, boolean causal, double scale) {
    Rng rng = ctx.rng(builder.name());
    double in = 1.0 / Math.sqrt(s.d());
    double[][][] x = NestedArrays.toCube(rng.normal(scale, s.b(), s.t(), s.d()));
    double[][] wq = NestedArrays.toMatrix(rng.normal(in, s.d(), s.heads() * s.dk()));
    double[][] wk = NestedArrays.toMatrix(rng.normal(in, s.d(), s.kvHeads() * s.dk()));
    double[][] wv = NestedArrays.toMatrix(rng.normal(in, s.d(), s.kvHeads() * s.dk()));
    double[][] wo =
        NestedArrays.toMatrix(
            rng.normal(1.0 / Math.sqrt(s.heads() * s.dk()), s.heads() * s.dk(), s.d()));
    double[][][] out =
        GroupedQueryAttention.forward(x, wq, wk, wv, wo, s.heads(), s.kvHeads(), causal);
    return builder
        .describe(describe(s, causal, scale))
        .input("X", array(x))
        .input("W_Q", array(wq))
        .input("W_K", array(wk))
        .input("W_V", array(wv))
        .input("W_O", array(wo))
        .input("n_heads", scalar(s.heads()))
        .input("n_kv_heads", scalar(s.kvHeads()))
        .input("causal", flag(causal))
        .expect("out", array(out))
        .build();
  }

  private static String describe(Shape s, boolean causal, double scale) {
    return String.format(
        "B = %d, T = %d, D = %d, H = %d, H_kv = %d, d_k = %d, %s%s",
        s.b(),
        s.t(),
        s.d(),
        s.heads(),
        s.kvHeads(),
        s.dk(),
        causal ? "causal" : "no mask",
        scale > 1 ? ", scores in the thousands" : "");
  }
}
