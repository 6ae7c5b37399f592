package dev.allclose.reference.optim;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdamTest {
  /** Closed forms below are exact in real arithmetic; a few ulps of rounding separate them. */
  private static final double CLOSED_FORM_TOL = 1e-14;

  static List<Golden> golden() {
    return GoldenCases.of("adam");
  }

  /**
   * torch.optim.Adam / AdamW are the oracle: each case holds the state just before step t (the
   * optimiser ran t - 1 steps on random gradients) and out_0..2 the parameter, exp_avg and
   * exp_avg_sq after it. Parameters of any shape are flattened: the step is elementwise.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    Adam.Hyper h =
        new Adam.Hyper(
            g.scalar("lr"),
            g.scalar("beta1"),
            g.scalar("beta2"),
            g.scalar("eps"),
            g.scalar("weight_decay"),
            g.flag("decoupled"));
    Adam.State s =
        Adam.step(flat(g, "param"), flat(g, "grad"), flat(g, "m"), flat(g, "v"), g.integer("t"), h);
    assertGolden(s.param(), flatten(g.get("out_0")), g + " param");
    assertGolden(s.m(), flatten(g.get("out_1")), g + " m");
    assertGolden(s.v(), flatten(g.get("out_2")), g + " v");
  }

  /**
   * Under a constant gradient the moving averages after t steps from zero are (1 - beta^t) g and (1
   * - beta^t) g^2: bias correction recovers g and g^2 exactly, so every step moves each coordinate
   * by lr g / (|g| + eps), whatever t.
   */
  @Test
  void biasCorrectionIsExactForAConstantGradient() {
    double[] grad = {0.3, -2.0, 1e-6, 5.0};
    double[] param = {1.0, -1.0, 0.5, 0.0};
    double[] m = new double[4];
    double[] v = new double[4];
    Adam.Hyper h = Adam.Hyper.defaults().withLr(1e-2);
    for (int t = 1; t <= 200; t++) {
      Adam.State s = Adam.step(param, grad, m, v, t, h);
      for (int i = 0; i < 4; i++) {
        double expectedMove = h.lr() * grad[i] / (Math.abs(grad[i]) + h.eps());
        assertThat(param[i] - s.param()[i])
            .as("step %d, coordinate %d", t, i)
            .isCloseTo(expectedMove, within(CLOSED_FORM_TOL + 1e-9 * Math.abs(expectedMove)));
      }
      param = s.param();
      m = s.m();
      v = s.v();
    }
  }

  /** With a zero gradient and zero moments, AdamW only shrinks, and Adam's L2 term alone moves. */
  @Test
  void weightDecayBothWaysFromRest() {
    double[] param = {2.0, -0.5};
    double[] zero = new double[2];
    double lr = 0.1;
    double wd = 0.05;
    Adam.State adamW =
        Adam.step(
            param, zero, zero, zero, 1, Adam.Hyper.defaults().withLr(lr).withWeightDecay(wd, true));
    Adam.State adamL2 =
        Adam.step(
            param,
            zero,
            zero,
            zero,
            1,
            Adam.Hyper.defaults().withLr(lr).withWeightDecay(wd, false));
    for (int i = 0; i < 2; i++) {
      assertThat(adamW.param()[i]).isCloseTo(param[i] * (1 - lr * wd), within(CLOSED_FORM_TOL));
      assertThat(adamW.m()[i]).isZero();
      double g = wd * param[i];
      assertThat(adamL2.param()[i])
          .isCloseTo(param[i] - lr * g / (Math.abs(g) + 1e-8), within(CLOSED_FORM_TOL));
      assertThat(adamL2.m()[i]).isCloseTo(0.1 * g, within(CLOSED_FORM_TOL));
    }
  }

  @Test
  void refusesAZeroBasedStep() {
    double[] x = {1.0};
    assertThatThrownBy(() -> Adam.step(x, x, x, x, 0, Adam.Hyper.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double[] flat(Golden g, String key) {
    return g.get(key).toDoubleArray();
  }

  private static NdArray flatten(NdArray a) {
    return a.reshape(a.size());
  }
}
