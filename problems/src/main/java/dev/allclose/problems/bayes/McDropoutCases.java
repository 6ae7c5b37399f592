package dev.allclose.problems.bayes;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.bayes.McDropout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 22, mc-dropout: one call of {@code mc_dropout_predict(x, W1, b1, W2, b2, masks,
 * p) -> (mean, var)} per case, mean and var (N, O). Masks are Bernoulli(1 - p) draws of 0.0 and 1.0
 * (1 keeps a unit), so p = 0 gives all-ones masks; W1 is N(0, 1/D), b1 N(0, 0.1^2), so about half
 * of the hidden units are negative before the ReLU, and W2 is N(0, 1/H).
 *
 * <p>Which case catches which mistake: leaving out the 1 / (1 - p) scaling shrinks the hidden part
 * of every pass by 1 - p, wrong in every case with p > 0 (by a factor 10 in {@code heavy-dropout},
 * p = 0.9) and right only in {@code no-dropout}. The sample variance (ddof = 1) is S / (S - 1)
 * times too large wherever the variance is not zero, and 0 / 0 = NaN in {@code single-pass} and
 * {@code single-pass-single-input} (S = 1). The variance as E[y^2] - E[y]^2 loses about 14 of its
 * 16 digits in {@code large-offset} (b2 near 1e7, spread of order 1). Other edges: masks with rows
 * that drop every unit ({@code dropped-rows}: pass 0 drops all, and input 0 is dropped in every
 * pass, so its mean is b2 and its variance 0), N = 1, O = 1 and S = 2000 for timing.
 */
public final class McDropoutCases implements CaseGenerator {
  /** One case: inputs N, features D, hidden H, outputs O, passes S, p, and its special masks. */
  private record Shape(int n, int d, int h, int o, int s, double p, double offset, boolean drop) {
    static Shape of(int n, int d, int h, int o, int s, double p) {
      return new Shape(n, d, h, o, s, p, 0.0, false);
    }

    Shape offset(double value) {
      return new Shape(n, d, h, o, s, p, value, drop);
    }

    Shape droppedRows() {
      return new Shape(n, d, h, o, s, p, offset, true);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "N = %d, D = %d, H = %d, O = %d, S = %d passes, p = %s%s%s",
          n,
          d,
          h,
          o,
          s,
          p,
          offset != 0 ? ", b2 near " + offset : "",
          drop ? ", pass 0 and input 0 fully dropped" : "");
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1"), Shape.of(3, 4, 8, 2, 5, 0.5)));
    cases.add(make(ctx, TestCase.sample("sample-2-one-output"), Shape.of(4, 3, 6, 1, 8, 0.2)));
    cases.add(make(ctx, TestCase.hidden("no-dropout"), Shape.of(5, 4, 10, 2, 6, 0.0)));
    cases.add(make(ctx, TestCase.hidden("single-pass"), Shape.of(4, 5, 8, 3, 1, 0.5)));
    cases.add(make(ctx, TestCase.hidden("single-pass-single-input"), Shape.of(1, 3, 6, 1, 1, 0.3)));
    cases.add(make(ctx, TestCase.hidden("two-passes"), Shape.of(3, 4, 8, 2, 2, 0.5)));
    cases.add(make(ctx, TestCase.hidden("heavy-dropout"), Shape.of(6, 5, 16, 2, 40, 0.9)));
    cases.add(make(ctx, TestCase.hidden("light-dropout"), Shape.of(6, 5, 16, 2, 40, 0.05)));
    cases.add(
        make(ctx, TestCase.hidden("dropped-rows"), Shape.of(5, 4, 6, 2, 12, 0.5).droppedRows()));
    cases.add(make(ctx, TestCase.hidden("single-input"), Shape.of(1, 6, 12, 3, 25, 0.4)));
    cases.add(
        make(ctx, TestCase.hidden("large-offset"), Shape.of(4, 4, 12, 2, 30, 0.3).offset(1e7)));
    cases.add(make(ctx, TestCase.hidden("many-passes"), Shape.of(16, 8, 64, 3, 2000, 0.5)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[][] x = NestedArrays.toMatrix(rng.normal(1.0, s.n(), s.d()));
    double[][] w1 = NestedArrays.toMatrix(rng.normal(1.0 / Math.sqrt(s.d()), s.d(), s.h()));
    double[] b1 = NestedArrays.toVector(rng.normal(0.1, s.h()));
    double[][] w2 = NestedArrays.toMatrix(rng.normal(1.0 / Math.sqrt(s.h()), s.h(), s.o()));
    double[] b2 = NestedArrays.toVector(rng.normal(1.0, s.o()));
    for (int o = 0; o < b2.length; o++) {
      b2[o] += s.offset();
    }
    double[][][] masks = masks(rng, s);
    McDropout.Prediction pred =
        McDropout.predict(x, new McDropout.Network(w1, b1, w2, b2), masks, s.p());
    return builder
        .describe(s.describe())
        .input("x", array(x))
        .input("W1", array(w1))
        .input("b1", array(b1))
        .input("W2", array(w2))
        .input("b2", array(b2))
        .input("masks", array(masks))
        .input("p", scalar(s.p()))
        .expect("mean", array(pred.mean()))
        .expect("var", array(pred.var()))
        .build();
  }

  /** Bernoulli(1 - p) keep indicators; with {@code drop}, pass 0 and input 0 keep nothing. */
  private static double[][][] masks(Rng rng, Shape s) {
    double[][][] m = new double[s.s()][s.n()][s.h()];
    for (int i = 0; i < s.s(); i++) {
      for (int r = 0; r < s.n(); r++) {
        boolean dropAll = s.drop() && (i == 0 || r == 0);
        for (int k = 0; k < s.h(); k++) {
          m[i][r][k] = !dropAll && rng.nextDouble() < 1 - s.p() ? 1.0 : 0.0;
        }
      }
    }
    return m;
  }
}
