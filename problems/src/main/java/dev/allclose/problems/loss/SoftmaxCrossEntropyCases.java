package dev.allclose.problems.loss;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.loss.SoftmaxCrossEntropy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 13, softmax-cross-entropy-gradient: {@code softmax_cross_entropy(logits,
 * labels) -> (loss, dlogits)}.
 *
 * <p>Which case catches which wrong solution:
 *
 * <ul>
 *   <li>the gradient's sign flipped, (onehot - p) / N: every case (no gradient here is all zero);
 *   <li>the 1/N missing from the gradient (or the loss summed): every case with N > 1;
 *   <li>no max-subtraction: {@code large-logits}, {@code mixed-scale-rows} and {@code
 *       label-far-below-max}, whose logits reach 1e4, where exp overflows to inf and inf / inf is
 *       NaN;
 *   <li>one shift for the whole batch (the global maximum) instead of one per row: {@code
 *       mixed-scale-rows}, whose rows sit near +1e4, 0 and -1e4, so every exponent of the lower
 *       rows underflows to 0 and their log-sum is log 0 (also {@code large-logits}, whose rows'
 *       maxima differ by thousands);
 *   <li>the loss as -log(softmax(z)_y) after the shift: {@code label-far-below-max}, where the
 *       label's probability underflows to 0 and the loss becomes inf instead of about 1e4 (also
 *       {@code large-logits} and {@code mixed-scale-rows}, where some label falls that far).
 * </ul>
 *
 * Edge cases of the contract: N = 1 ({@code single-example}), many classes ({@code many-classes}, C
 * = 1000), equal logits (loss log C) and confidently right rows (loss near 0).
 */
public final class SoftmaxCrossEntropyCases implements CaseGenerator {
  /** How a case's logits are drawn: N rows of C classes, each row scaled and shifted. */
  private record Shape(int n, int classes, double scale) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(normal(ctx, TestCase.sample("sample-1"), new Shape(4, 3, 1.0)));
    cases.add(normal(ctx, TestCase.sample("sample-2"), new Shape(3, 5, 2.0)));
    cases.add(normal(ctx, TestCase.hidden("single-example"), new Shape(1, 4, 1.5)));
    cases.add(normal(ctx, TestCase.hidden("many-classes"), new Shape(8, 1000, 3.0)));
    cases.add(normal(ctx, TestCase.hidden("larger-batch"), new Shape(256, 10, 1.0)));
    cases.add(normal(ctx, TestCase.hidden("large-logits"), new Shape(6, 5, 1e4)));
    cases.add(mixedScaleRows(ctx, TestCase.hidden("mixed-scale-rows")));
    cases.add(labelFarBelowMax(ctx, TestCase.hidden("label-far-below-max")));
    cases.add(equalAndConfident(ctx, TestCase.hidden("equal-and-confident-rows")));
    return cases;
  }

  private static TestCase normal(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[][] z = new double[s.n()][s.classes()];
    for (double[] row : z) {
      fill(rng, row, s.scale(), 0.0);
    }
    return build(
        builder,
        "N = " + s.n() + ", C = " + s.classes() + ", logits of size " + s.scale(),
        z,
        labels(rng, s.n(), s.classes()));
  }

  /** Rows near +1e4, 0, -1e4 and a row of spread 1e4: one shift for all rows cannot serve them. */
  private static TestCase mixedScaleRows(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    double[] offsets = {1e4, 0.0, -1e4, 5e3, 0.0, -3e3};
    double[] scales = {1.0, 1e-3, 2.0, 1.0, 1e4, 10.0};
    double[][] z = new double[offsets.length][7];
    for (int i = 0; i < z.length; i++) {
      fill(rng, z[i], scales[i], offsets[i]);
    }
    return build(builder, "N = 6, C = 7, rows centred at +1e4, 0 and -1e4", z, labels(rng, 6, 7));
  }

  /** The label's logit lies about 1e4 below its row's maximum: its probability underflows to 0. */
  private static TestCase labelFarBelowMax(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    double[][] z = new double[4][6];
    long[] y = labels(rng, 4, 6);
    for (int i = 0; i < z.length; i++) {
      fill(rng, z[i], 1.0, 5e3);
      z[i][(int) y[i]] -= 1e4;
    }
    return build(builder, "N = 4, C = 6, each label's logit 1e4 below the others", z, y);
  }

  /** Two rows of equal logits (loss log C) and two whose label wins by 50 (loss near 0). */
  private static TestCase equalAndConfident(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    double[][] z = new double[4][5];
    long[] y = labels(rng, 4, 5);
    for (int i = 0; i < z.length; i++) {
      if (i < 2) {
        Arrays.fill(z[i], 3.0 * i - 1.0);
      } else {
        fill(rng, z[i], 1.0, 0.0);
        z[i][(int) y[i]] += 50.0;
      }
    }
    return build(builder, "N = 4, C = 5, two rows of equal logits, two confident rows", z, y);
  }

  private static TestCase build(
      TestCase.Builder builder, String description, double[][] z, long[] y) {
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.of(z, y);
    return builder
        .describe(description)
        .input("logits", array(z))
        .input("labels", NdArray.ofLongs(y, y.length))
        .expect("loss", scalar(r.loss()))
        .expect("dlogits", array(r.dlogits()))
        .build();
  }

  private static void fill(Rng rng, double[] row, double scale, double offset) {
    for (int c = 0; c < row.length; c++) {
      row[c] = offset + scale * rng.nextGaussian();
    }
  }

  private static long[] labels(Rng rng, int n, int classes) {
    long[] y = new long[n];
    for (int i = 0; i < n; i++) {
      y[i] = rng.nextInt(classes);
    }
    return y;
  }
}
