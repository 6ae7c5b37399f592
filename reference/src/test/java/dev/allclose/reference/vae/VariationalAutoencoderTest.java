package dev.allclose.reference.vae;

import static dev.allclose.reference.Tolerances.assertAllClose;
import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.vae.VariationalAutoencoder.Elbo;
import dev.allclose.reference.vae.VariationalAutoencoder.Parameters;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * VariationalAutoencoder against PyTorch autograd of {@code binary_cross_entropy_with_logits} and
 * the appendix-B KL (golden files), against central finite differences of its own ELBO, and against
 * closed forms where the model is degenerate.
 */
class VariationalAutoencoderTest {
  private static final double FD_STEP = 1e-6;
  private static final double FD_RTOL = 1e-6;
  private static final double FD_ATOL = 1e-8;
  private static final double EXACT = 1e-12;

  static List<Golden> golden() {
    return GoldenCases.of("vae");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    double[][] x = NestedArrays.toMatrix(g.get("x"));
    double[][] eps = NestedArrays.toMatrix(g.get("eps"));
    Parameters p =
        new Parameters(
            NestedArrays.toMatrix(g.get("W_mu")),
            NestedArrays.toVector(g.get("b_mu")),
            NestedArrays.toMatrix(g.get("W_lv")),
            NestedArrays.toVector(g.get("b_lv")),
            NestedArrays.toMatrix(g.get("W_dec")),
            NestedArrays.toVector(g.get("b_dec")));
    Elbo e = VariationalAutoencoder.elbo(x, p, eps);
    assertGolden(NdArray.scalar(e.elbo()), g.get("out_0"), g.name() + " elbo");
    assertGolden(NdArray.scalar(e.recon()), g.get("out_1"), g.name() + " recon");
    assertGolden(NdArray.scalar(e.kl()), g.get("out_2"), g.name() + " kl");
    Parameters grad = VariationalAutoencoder.negativeElboGradients(x, p, eps);
    assertGolden(grad.wMu(), g.get("out_3"), g.name() + " W_mu");
    assertGolden(grad.bMu(), g.get("out_4"), g.name() + " b_mu");
    assertGolden(grad.wLv(), g.get("out_5"), g.name() + " W_lv");
    assertGolden(grad.bLv(), g.get("out_6"), g.name() + " b_lv");
    assertGolden(grad.wDec(), g.get("out_7"), g.name() + " W_dec");
    assertGolden(grad.bDec(), g.get("out_8"), g.name() + " b_dec");
  }

  @ParameterizedTest(name = "B={0}, D={1}, Z={2}, scale={3}")
  @CsvSource({"1, 3, 1, 0.5", "4, 6, 2, 0.5", "5, 7, 3, 1.0", "3, 4, 2, 2.0"})
  void gradientsMatchCentralDifferences(int b, int d, int z, double scale) {
    Rng rng = new Rng(1000 + 17L * b + d);
    double[][] x = NestedArrays.toMatrix(rng.uniform(0, 1, b, d));
    double[][] eps = NestedArrays.toMatrix(rng.normal(1.0, b, z));
    Parameters p = randomParameters(rng, d, z, scale);
    Parameters grad = VariationalAutoencoder.negativeElboGradients(x, p, eps);
    Function<Parameters, Double> loss = q -> -VariationalAutoencoder.elbo(x, q, eps).elbo();
    checkMatrix(grad.wMu(), p.wMu(), p, loss, "W_mu");
    checkVector(grad.bMu(), p.bMu(), p, loss, "b_mu");
    checkMatrix(grad.wLv(), p.wLv(), p, loss, "W_lv");
    checkVector(grad.bLv(), p.bLv(), p, loss, "b_lv");
    checkMatrix(grad.wDec(), p.wDec(), p, loss, "W_dec");
    checkVector(grad.bDec(), p.bDec(), p, loss, "b_dec");
  }

  @Test
  void klVanishesWhenTheEncoderReturnsThePrior() {
    Rng rng = new Rng(11);
    double[][] x = NestedArrays.toMatrix(rng.uniform(0, 1, 3, 4));
    Parameters p =
        new Parameters(
            new double[4][2],
            new double[2],
            new double[4][2],
            new double[2],
            NestedArrays.toMatrix(rng.normal(1.0, 2, 4)),
            new double[4]);
    double[][] eps = NestedArrays.toMatrix(rng.normal(1.0, 3, 2));
    Elbo e = VariationalAutoencoder.elbo(x, p, eps);
    assertThat(e.kl()).isCloseTo(0.0, within(EXACT));
    assertThat(e.elbo()).isEqualTo(e.recon());
  }

  /** One example, one latent: every term by hand. */
  @Test
  void singleExampleAndLatentByHand() {
    double lv = Math.log(0.25);
    Parameters p =
        new Parameters(
            new double[][] {{0.5}},
            new double[] {0.25},
            new double[][] {{0.0}},
            new double[] {lv},
            new double[][] {{2.0}},
            new double[] {-1.0});
    Elbo e = VariationalAutoencoder.elbo(new double[][] {{1.0}}, p, new double[][] {{2.0}});
    double mu = 0.75;
    double logit = 2.0 * (mu + 0.5 * 2.0) - 1.0;
    double recon = Math.log(1 / (1 + Math.exp(-logit)));
    double kl = 0.5 * (0.25 + mu * mu - 1 - lv);
    assertThat(e.recon()).isCloseTo(recon, within(EXACT));
    assertThat(e.kl()).isCloseTo(kl, within(EXACT));
    assertThat(e.elbo()).isCloseTo(recon - kl, within(EXACT));
  }

  /**
   * Logits of +-800 and log-variances of +-20: log(sigmoid(l)) would give log(0) = -inf, and 0 *
   * -inf = NaN, on every entry here.
   */
  @Test
  void extremeLogitsAndLogVariancesStayFiniteAndExact() {
    Parameters p =
        new Parameters(
            new double[][] {{0.0}, {0.0}},
            new double[] {0.0},
            new double[][] {{0.0}, {0.0}},
            new double[] {-20.0},
            new double[][] {{1.0, -1.0}},
            new double[] {800.0, -800.0});
    double[][] x = {{1.0, 0.0}, {0.0, 1.0}};
    double[][] eps = {{1.0}, {1.0}};
    double z = Math.exp(-10.0);
    // Example 1 agrees with the logits (log-likelihood -2 log1p(e^-800) = -0.0); example 2
    // disagrees on both entries by 800 + z.
    Elbo e = VariationalAutoencoder.elbo(x, p, eps);
    assertThat(e.recon()).isCloseTo(-(800 + z), within(EXACT));
    assertThat(e.kl()).isCloseTo(0.5 * (Math.exp(-20) - 1 + 20), within(EXACT));

    Parameters wide =
        new Parameters(p.wMu(), p.bMu(), p.wLv(), new double[] {20.0}, p.wDec(), p.bDec());
    Elbo e2 = VariationalAutoencoder.elbo(x, wide, eps);
    double z2 = Math.exp(10.0);
    // Example 1: logits (800 + z2, -800 - z2) agree with x; example 2 disagrees by 800 + z2 twice.
    assertAllClose(NdArray.scalar(e2.recon()), NdArray.scalar(-(800 + z2)), EXACT, 0, "recon");
    assertAllClose(
        NdArray.scalar(e2.kl()), NdArray.scalar(0.5 * (Math.exp(20) - 1 - 20)), EXACT, 0, "kl");
    Parameters grad = VariationalAutoencoder.negativeElboGradients(x, wide, eps);
    for (double[] row : new double[][] {grad.bMu(), grad.bLv(), grad.bDec()}) {
      for (double v : row) {
        assertThat(v).isFinite();
      }
    }
  }

  private static Parameters randomParameters(Rng rng, int d, int z, double scale) {
    return new Parameters(
        NestedArrays.toMatrix(rng.normal(scale, d, z)),
        NestedArrays.toVector(rng.normal(0.1, z)),
        NestedArrays.toMatrix(rng.normal(scale, d, z)),
        NestedArrays.toVector(rng.normal(0.1, z)),
        NestedArrays.toMatrix(rng.normal(scale, z, d)),
        NestedArrays.toVector(rng.normal(0.1, d)));
  }

  private static void checkMatrix(
      double[][] analytic,
      double[][] param,
      Parameters p,
      Function<Parameters, Double> loss,
      String what) {
    double[][] numeric = new double[param.length][];
    for (int i = 0; i < param.length; i++) {
      numeric[i] = centralDifferences(param[i], p, loss);
    }
    assertAllClose(
        NestedArrays.fromMatrix(analytic),
        NestedArrays.fromMatrix(numeric),
        FD_RTOL,
        FD_ATOL,
        what);
  }

  private static void checkVector(
      double[] analytic,
      double[] param,
      Parameters p,
      Function<Parameters, Double> loss,
      String what) {
    assertAllClose(
        NestedArrays.fromNested(analytic),
        NestedArrays.fromNested(centralDifferences(param, p, loss)),
        FD_RTOL,
        FD_ATOL,
        what);
  }

  /** Perturbs {@code row} (an array held by {@code p}) in place, one entry at a time. */
  private static double[] centralDifferences(
      double[] row, Parameters p, Function<Parameters, Double> loss) {
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      double saved = row[j];
      double h = FD_STEP * Math.max(1.0, Math.abs(saved));
      row[j] = saved + h;
      double up = loss.apply(p);
      row[j] = saved - h;
      double down = loss.apply(p);
      row[j] = saved;
      out[j] = (up - down) / (2 * h);
    }
    return out;
  }
}
