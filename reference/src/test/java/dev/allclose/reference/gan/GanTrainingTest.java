package dev.allclose.reference.gan;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GanTraining against PyTorch autograd (golden files), against central finite differences of its
 * own recorded losses, and on logits large enough to break a naive log of a sigmoid.
 */
class GanTrainingTest {
  /** Step of the central differences; their truncation error is O(h^2). */
  private static final double FD_STEP = 1e-6;

  /** Central differences of O(1) losses agree with the analytic gradient to about h^2 + eps/h. */
  private static final double FD_TOL = 1e-7;

  static List<Golden> golden() {
    return GoldenCases.of("gan-training-loop");
  }

  /** A PyTorch loop (F.logsigmoid losses, autograd, manual SGD) in float64 is the oracle. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    GanTraining.Result r =
        GanTraining.train(
            NestedArrays.toMatrix(g.get("Wg")),
            NestedArrays.toVector(g.get("bg")),
            NestedArrays.toVector(g.get("wd")),
            g.scalar("bd"),
            NestedArrays.toCube(g.get("real")),
            NestedArrays.toCube(g.get("noise")),
            g.scalar("lr_d"),
            g.scalar("lr_g"));
    assertGolden(r.wg(), g.get("out_0"), g.name() + " Wg");
    assertGolden(r.bg(), g.get("out_1"), g.name() + " bg");
    assertGolden(r.wd(), g.get("out_2"), g.name() + " wd");
    assertGolden(NdArray.scalar(r.bd()), g.get("out_3"), g.name() + " bd");
    assertGolden(r.dLosses(), g.get("out_4"), g.name() + " d_losses");
    assertGolden(r.gLosses(), g.get("out_5"), g.name() + " g_losses");
  }

  /** A small one-step problem: z_dim 3, x_dim 2, N 5. */
  private record Problem(
      double[][] wg, double[] bg, double[] wd, double bd, double[][][] real, double[][][] noise) {
    static Problem random(long seed) {
      Rng rng = new Rng(seed);
      return new Problem(
          NestedArrays.toMatrix(rng.normal(1.0, 3, 2)),
          NestedArrays.toVector(rng.normal(1.0, 2)),
          NestedArrays.toVector(rng.normal(1.0, 2)),
          rng.nextGaussian(),
          NestedArrays.toCube(rng.normal(1.0, 1, 5, 2)),
          NestedArrays.toCube(rng.normal(1.0, 1, 5, 3)));
    }

    GanTraining.Result run(double[][] wg, double[] wd, double bd, double lrD, double lrG) {
      return GanTraining.train(wg, bg, wd, bd, real, noise, lrD, lrG);
    }
  }

  /** With lr_d = 1 the D step moves w_d by exactly -grad L_D; compare with L_D's differences. */
  @Test
  void discriminatorStepFollowsTheGradientOfItsLoss() {
    Problem p = Problem.random(41);
    double[] stepped = p.run(p.wg(), p.wd(), p.bd(), 1.0, 0.0).wd();
    for (int j = 0; j < p.wd().length; j++) {
      double[] up = p.wd().clone();
      double[] down = p.wd().clone();
      up[j] += FD_STEP;
      down[j] -= FD_STEP;
      double numeric =
          (p.run(p.wg(), up, p.bd(), 0, 0).dLosses()[0]
                  - p.run(p.wg(), down, p.bd(), 0, 0).dLosses()[0])
              / (2 * FD_STEP);
      assertThat(p.wd()[j] - stepped[j]).as("dL_D/dw_d[%d]", j).isCloseTo(numeric, within(FD_TOL));
    }
  }

  /** With lr_d = 0 and lr_g = 1 the G step moves W_g by -grad L_G; compare with differences. */
  @Test
  void generatorStepFollowsTheGradientOfItsLoss() {
    Problem p = Problem.random(42);
    double[][] stepped = p.run(p.wg(), p.wd(), p.bd(), 0.0, 1.0).wg();
    for (int k = 0; k < p.wg().length; k++) {
      for (int j = 0; j < p.wg()[0].length; j++) {
        double numeric = (gLossAt(p, k, j, FD_STEP) - gLossAt(p, k, j, -FD_STEP)) / (2 * FD_STEP);
        assertThat(p.wg()[k][j] - stepped[k][j])
            .as("dL_G/dW_g[%d][%d]", k, j)
            .isCloseTo(numeric, within(FD_TOL));
      }
    }
  }

  private static double gLossAt(Problem p, int k, int j, double delta) {
    double[][] wg = NestedArrays.toMatrix(NestedArrays.fromMatrix(p.wg()));
    wg[k][j] += delta;
    return p.run(wg, p.wd(), p.bd(), 0, 0).gLosses()[0];
  }

  /** The G loss of step 0 equals the G loss of a fresh run that starts from the stepped D. */
  @Test
  void generatorLossIsTakenAgainstTheUpdatedDiscriminator() {
    Problem p = Problem.random(43);
    GanTraining.Result trained = p.run(p.wg(), p.wd(), p.bd(), 0.5, 0.0);
    double fromSteppedD = p.run(p.wg(), trained.wd(), trained.bd(), 0, 0).gLosses()[0];
    assertThat(trained.gLosses()[0]).isCloseTo(fromSteppedD, within(1e-14));
    assertThat(p.run(p.wg(), p.wd(), p.bd(), 0, 0).gLosses()[0])
        .isNotCloseTo(fromSteppedD, within(1e-3));
  }

  /**
   * One real point at x = sign, one fake at x = -sign, w_d = 1000, b_d = 0: the logits are +-1000,
   * where sigmoid rounds to exactly 0 or 1, and softplus(1000) = 1000.
   */
  private static GanTraining.Result saturated(double sign) {
    double[][][] real = {{{sign}}};
    double[][][] noise = {{{0.0}}};
    return GanTraining.train(
        new double[][] {{0.0}}, new double[] {-sign}, new double[] {1000}, 0, real, noise, 0, 0);
  }

  @Test
  void confidentlyWrongDiscriminatorHasAFiniteLoss() {
    GanTraining.Result r = saturated(-1);
    assertThat(r.dLosses()[0]).isEqualTo(2000.0);
    assertThat(r.gLosses()[0]).isEqualTo(0.0);
  }

  @Test
  void confidentlyRightDiscriminatorGivesAFiniteGeneratorLoss() {
    GanTraining.Result r = saturated(1);
    assertThat(r.dLosses()[0]).isEqualTo(0.0);
    assertThat(r.gLosses()[0]).isEqualTo(1000.0);
  }

  @Test
  void leavesItsInputsUntouched() {
    Problem p = Problem.random(44);
    NdArray wg = NestedArrays.fromMatrix(p.wg());
    NdArray wd = NestedArrays.fromNested(p.wd());
    NdArray bg = NestedArrays.fromNested(p.bg());
    p.run(p.wg(), p.wd(), p.bd(), 0.3, 0.3);
    assertGolden(p.wg(), wg, "Wg");
    assertGolden(p.wd(), wd, "wd");
    assertGolden(p.bg(), bg, "bg");
  }
}
