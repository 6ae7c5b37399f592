package dev.allclose.problems.biasvariance;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.biasvariance.BiasVariance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 21, bias-variance: {@code bias_variance(preds, f_true, noise_var) -> (bias_sq,
 * variance, noise, expected_mse)}, judged by {@link BiasVarianceChecker} (values and the identity).
 *
 * <p>Predictions are drawn as preds[m][n] = f_n + b_n + s_n z_mn with a per-point systematic error
 * b_n and spread s_n, so bias and variance are both of order one unless a case sets one to zero.
 * Which case catches which wrong solution:
 *
 * <ul>
 *   <li>the sample variance (ddof = 1): every case with M > 1 and a spread (the factor M / (M - 1)
 *       is 2 for {@code few-models}, M = 2); with M = 1 ({@code single-model}) it is 0 / 0 = NaN;
 *   <li>the mean of each model's squared error in place of the squared bias of the mean prediction:
 *       every case with a spread (that mean is bias_sq + variance);
 *   <li>expected_mse without the noise: every case but {@code noiseless};
 *   <li>the variance as mean(p^2) - mean(p)^2 in one pass: {@code large-offset}, predictions near
 *       1e7 with a spread of order one, where the two means agree to 14 digits and the difference
 *       keeps none of the variance's.
 * </ul>
 *
 * Edge cases of the contract: M = 1 (variance 0), N = 1, noise_var = 0, and predictions without
 * systematic error ({@code unbiased}: bias_sq is only the sampling error of the mean).
 */
public final class BiasVarianceCases implements CaseGenerator {
  /** M models at N points, the sizes of the systematic error and spread, offset and noise. */
  private record Shape(int m, int n, double bias, double spread, double offset, double noiseVar) {
    String describe() {
      return String.format(
          Locale.ROOT,
          "M = %d, N = %d, bias scale %s, spread %s%s, noise_var = %s",
          m,
          n,
          bias,
          spread,
          offset == 0 ? "" : ", values near " + offset,
          noiseVar);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1"), new Shape(4, 5, 1.0, 1.0, 0, 0.25)));
    cases.add(make(ctx, TestCase.sample("sample-2"), new Shape(10, 3, 0.5, 2.0, 0, 1.0)));
    cases.add(make(ctx, TestCase.hidden("few-models"), new Shape(2, 8, 1.0, 1.5, 0, 0.5)));
    cases.add(make(ctx, TestCase.hidden("single-model"), new Shape(1, 6, 1.0, 1.0, 0, 0.3)));
    cases.add(make(ctx, TestCase.hidden("single-point"), new Shape(7, 1, 2.0, 1.0, 0, 0.1)));
    cases.add(make(ctx, TestCase.hidden("noiseless"), new Shape(6, 6, 1.0, 0.5, 0, 0.0)));
    cases.add(make(ctx, TestCase.hidden("unbiased"), new Shape(20, 10, 0.0, 1.0, 0, 2.0)));
    cases.add(make(ctx, TestCase.hidden("many-models"), new Shape(500, 40, 0.3, 0.8, 0, 0.05)));
    cases.add(make(ctx, TestCase.hidden("large-offset"), new Shape(30, 12, 1.0, 1.0, 1e7, 0.5)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[] f = new double[s.n()];
    double[] bias = new double[s.n()];
    double[] spread = new double[s.n()];
    for (int j = 0; j < s.n(); j++) {
      f[j] = s.offset() + rng.nextGaussian();
      bias[j] = s.bias() * rng.nextGaussian();
      spread[j] = s.spread() * rng.uniform(0.5, 1.5);
    }
    double[][] preds = new double[s.m()][s.n()];
    for (double[] row : preds) {
      for (int j = 0; j < s.n(); j++) {
        row[j] = f[j] + bias[j] + spread[j] * rng.nextGaussian();
      }
    }
    BiasVariance.Decomposition d = BiasVariance.of(preds, f, s.noiseVar());
    return builder
        .describe(s.describe())
        .input("preds", array(preds))
        .input("f_true", array(f))
        .input("noise_var", scalar(s.noiseVar()))
        .expect("bias_sq", scalar(d.biasSq()))
        .expect("variance", scalar(d.variance()))
        .expect("noise", scalar(d.noise()))
        .expect("expected_mse", scalar(d.expectedMse()))
        .build();
  }
}
