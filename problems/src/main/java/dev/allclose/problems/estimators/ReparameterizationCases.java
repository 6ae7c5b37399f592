package dev.allclose.problems.estimators;

import static dev.allclose.problems.Cases.array;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.estimators.GaussianGradientEstimators;
import dev.allclose.reference.estimators.GaussianGradientEstimators.Gradient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 16, reparameterization-trick. Every case calls both entry points on the same
 * draws: {@code pathwise_grad(mu, sigma, eps) -> pathwise_g_mu, pathwise_g_sigma} and {@code
 * score_function_grad(mu, sigma, eps) -> score_g_mu, score_g_sigma}. mu is N(0, muScale^2) per
 * coordinate, eps standard normal.
 *
 * <p>Which case catches which mistake: a pathwise sigma-gradient without the eps factor (mean of 2
 * z) and a score function without f (mean of eps / sigma and (eps^2 - 1) / sigma) are wrong in
 * every case, S = 1 and d = 1 included (eps and f are never exactly 1). The score function taken
 * with respect to the variance ((eps^2 - 1) / (2 sigma^2)) is wrong wherever sigma != 1/2, so
 * everywhere; using each coordinate's own z_j^2 in place of f(z) = sum_j z_j^2 is wrong in every
 * case with d > 1 (it coincides with the contract in {@code single-draw-scalar} and {@code
 * scalar-many-draws}). The numerical edges: sigma = 1e-4 (score terms near 1e4, where z - mu loses
 * four digits to cancellation: still far inside the tolerance) and sigma = 1e3 (f near 1e6), a row
 * mixing 1e-4, 1 and 1e3, mu near 100 with a small sigma, S = 1 and d = 1.
 */
public final class ReparameterizationCases implements CaseGenerator {
  private static final List<String> ARGS = List.of("mu", "sigma", "eps");

  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call("pathwise_grad", ARGS, List.of("pathwise_g_mu", "pathwise_g_sigma")),
          CaseCall.call("score_function_grad", ARGS, List.of("score_g_mu", "score_g_sigma")));

  /** How sigma is drawn: uniform in [0.3, 2], one constant, or cycling through 1e-4, 1, 1e3. */
  private sealed interface Sigmas {
    double[] draw(Rng rng, int d);

    record Moderate() implements Sigmas {
      @Override
      public double[] draw(Rng rng, int d) {
        return NestedArrays.toVector(rng.uniform(0.3, 2.0, d));
      }

      @Override
      public String toString() {
        return "uniform in [0.3, 2]";
      }
    }

    record Constant(double value) implements Sigmas {
      @Override
      public double[] draw(Rng rng, int d) {
        double[] s = new double[d];
        Arrays.fill(s, value);
        return s;
      }

      @Override
      public String toString() {
        return "= " + value;
      }
    }

    record Mixed() implements Sigmas {
      @Override
      public double[] draw(Rng rng, int d) {
        double[] scales = {1e-4, 1.0, 1e3};
        double[] s = new double[d];
        for (int j = 0; j < d; j++) {
          s[j] = scales[j % scales.length];
        }
        return s;
      }

      @Override
      public String toString() {
        return "cycling through 1e-4, 1, 1e3";
      }
    }
  }

  /** One case: S draws of d coordinates, the spread of mu, and how sigma is chosen. */
  private record Shape(int samples, int d, double muScale, Sigmas sigmas) {
    String describe() {
      return String.format(
          Locale.ROOT,
          "S = %d draws, d = %d, mu of scale %s, sigma %s",
          samples,
          d,
          muScale,
          sigmas);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    Sigmas moderate = new Sigmas.Moderate();
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1"), new Shape(4, 3, 1.0, moderate)));
    cases.add(make(ctx, TestCase.sample("sample-2-one-draw"), new Shape(1, 2, 1.0, moderate)));
    cases.add(make(ctx, TestCase.hidden("single-draw-scalar"), new Shape(1, 1, 1.0, moderate)));
    cases.add(make(ctx, TestCase.hidden("scalar-many-draws"), new Shape(500, 1, 2.0, moderate)));
    cases.add(make(ctx, TestCase.hidden("moderate"), new Shape(64, 5, 1.0, moderate)));
    cases.add(
        make(ctx, TestCase.hidden("tiny-sigma"), new Shape(64, 4, 3.0, new Sigmas.Constant(1e-4))));
    cases.add(
        make(ctx, TestCase.hidden("huge-sigma"), new Shape(64, 4, 1.0, new Sigmas.Constant(1e3))));
    cases.add(
        make(ctx, TestCase.hidden("mixed-scales"), new Shape(128, 6, 1.0, new Sigmas.Mixed())));
    cases.add(
        make(
            ctx,
            TestCase.hidden("mu-far-from-zero"),
            new Shape(32, 3, 100.0, new Sigmas.Constant(0.1))));
    cases.add(
        make(
            ctx,
            TestCase.hidden("tiny-sigma-one-draw"),
            new Shape(1, 3, 1.0, new Sigmas.Constant(1e-4))));
    cases.add(make(ctx, TestCase.hidden("wide"), new Shape(16, 256, 1.0, moderate)));
    cases.add(make(ctx, TestCase.hidden("many-draws"), new Shape(20_000, 8, 1.0, moderate)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[] mu = NestedArrays.toVector(rng.normal(s.muScale(), s.d()));
    double[] sigma = s.sigmas().draw(rng, s.d());
    double[][] eps = NestedArrays.toMatrix(rng.normal(1.0, s.samples(), s.d()));
    Gradient pathwise = GaussianGradientEstimators.pathwise(mu, sigma, eps);
    Gradient score = GaussianGradientEstimators.scoreFunction(mu, sigma, eps);
    return builder
        .describe(s.describe())
        .input("mu", array(mu))
        .input("sigma", array(sigma))
        .input("eps", array(eps))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("pathwise_g_mu", array(pathwise.gMu()))
        .expect("pathwise_g_sigma", array(pathwise.gSigma()))
        .expect("score_g_mu", array(score.gMu()))
        .expect("score_g_sigma", array(score.gSigma()))
        .build();
  }
}
