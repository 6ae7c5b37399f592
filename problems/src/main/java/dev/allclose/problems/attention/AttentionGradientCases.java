package dev.allclose.problems.attention;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.attention.AttentionBackward;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 17, attention-gradient: {@code attention_backward(Q, K, V, dO, causal) -> dQ,
 * dK, dV} on (B, H, T, d) arrays.
 *
 * <p>Which case catches which wrong solution: every case with T > 1 catches a softmax Jacobian
 * taken as its diagonal only (dS = P * dP misses the term -P * rowsum(dP * P)), and so do the T = 1
 * cases (there P = 1, the right dS is 0 and the diagonal one is dP); every case has d > 1, so a dQ
 * or dK without the factor 1/sqrt(d) is off by sqrt(d), and d is 3, 5, 6, 7 or 12 in most cases so
 * a scale taken as 1/d, or as 1/floor(sqrt(d)), is wrong too. The causal cases catch a mask that is
 * forgotten, or applied by zeroing scores instead of setting them to -inf (exp(0) = 1 leaks weight
 * to future keys, in the forward pass and in all three gradients). Scores with a standard deviation
 * near 900 ({@code large-scores*}) overflow exp without the row maximum subtracted. B and H above
 * one catch code that assumes a 2-D (T, d) input (such as {@code K.T}, which reverses all four
 * axes), and T = 1 covers the degenerate softmax.
 */
public final class AttentionGradientCases implements CaseGenerator {
  private static final boolean CAUSAL = true;
  private static final boolean OPEN = false;

  /** Batch, heads, length, head width, and the standard deviation of Q and K. */
  private record Shape(int b, int h, int t, int d, double scale) {
    static Shape of(int b, int h, int t, int d) {
      return new Shape(b, h, t, d, 1.0);
    }

    Shape scaledBy(double s) {
      return new Shape(b, h, t, d, s);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), Shape.of(1, 1, 4, 3), OPEN));
    cases.add(make(ctx, sample("sample-2-causal"), Shape.of(1, 2, 5, 4), CAUSAL));
    cases.add(make(ctx, hidden("heads-causal"), Shape.of(2, 3, 7, 5), CAUSAL));
    cases.add(make(ctx, hidden("heads-open"), Shape.of(2, 2, 6, 6), OPEN));
    cases.add(make(ctx, hidden("single-position-causal"), Shape.of(1, 2, 1, 6), CAUSAL));
    cases.add(make(ctx, hidden("single-position-batch"), Shape.of(3, 1, 1, 3), OPEN));
    cases.add(make(ctx, hidden("two-positions-causal"), Shape.of(1, 1, 2, 7), CAUSAL));
    cases.add(make(ctx, hidden("width-seven"), Shape.of(1, 2, 8, 7), OPEN));
    cases.add(make(ctx, hidden("large-scores"), Shape.of(1, 2, 10, 6).scaledBy(30), OPEN));
    cases.add(make(ctx, hidden("large-scores-causal"), Shape.of(2, 1, 12, 5).scaledBy(30), CAUSAL));
    cases.add(make(ctx, hidden("larger-open"), Shape.of(2, 4, 32, 16), OPEN));
    cases.add(make(ctx, hidden("larger-causal"), Shape.of(1, 4, 48, 12), CAUSAL));
    return cases;
  }

  /**
   * Q and K are N(0, scale^2), so the scaled scores have standard deviation scale^2; V and dO are
   * N(0, 1).
   */
  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, boolean causal) {
    Rng rng = ctx.rng(builder.name());
    NdArray q = rng.normal(s.scale(), s.b(), s.h(), s.t(), s.d());
    NdArray k = rng.normal(s.scale(), s.b(), s.h(), s.t(), s.d());
    NdArray v = rng.normal(1.0, s.b(), s.h(), s.t(), s.d());
    NdArray dO = rng.normal(1.0, s.b(), s.h(), s.t(), s.d());
    AttentionBackward.Gradients g =
        AttentionBackward.gradients(quad(q), quad(k), quad(v), quad(dO), causal);
    return builder
        .describe(describe(s, causal))
        .input("Q", q)
        .input("K", k)
        .input("V", v)
        .input("dO", dO)
        .input("causal", flag(causal))
        .expect("dQ", array(g.dQ()))
        .expect("dK", array(g.dK()))
        .expect("dV", array(g.dV()))
        .build();
  }

  private static String describe(Shape s, boolean causal) {
    return String.format(
        Locale.ROOT,
        "B = %d, H = %d, T = %d, d = %d, %s%s",
        s.b(),
        s.h(),
        s.t(),
        s.d(),
        causal ? "causal" : "no mask",
        s.scale() > 1 ? ", scores in the hundreds" : "");
  }

  private static double[][][][] quad(NdArray a) {
    return (double[][][][]) NestedArrays.toNested(a, double[][][][].class);
  }
}
