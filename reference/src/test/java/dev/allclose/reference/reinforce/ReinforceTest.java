package dev.allclose.reference.reinforce;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.Matrices;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reinforce against PyTorch autograd of sum_t (G_t - b) log_softmax(s_t theta)[a_t] (golden files),
 * against central differences of that surrogate computed here with a log-sum-exp, and against
 * closed forms of the returns.
 */
class ReinforceTest {
  private static final double FD_STEP = 1e-6;

  /** Central differences of an O(10) surrogate: truncation h^2 plus rounding 1e-15 / h. */
  private static final double FD_TOL = 1e-7;

  private static final double EXACT = 1e-12;

  static List<Golden> golden() {
    return GoldenCases.of("reinforce");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    Reinforce.Update u =
        Reinforce.step(
            NestedArrays.toMatrix(g.get("theta")),
            NestedArrays.toMatrix(g.get("states")),
            (int[]) NestedArrays.toNested(g.get("actions"), int[].class),
            NestedArrays.toVector(g.get("rewards")),
            g.scalar("gamma"),
            g.scalar("lr"),
            g.flag("baseline"));
    assertGolden(u.returns(), g.get("out_0"), g.name() + " returns");
    assertGolden(u.grad(), g.get("out_1"), g.name() + " grad");
    assertGolden(u.newTheta(), g.get("out_2"), g.name() + " new_theta");
  }

  /** An episode of T steps, F = 3 features, A = 4 actions, rewards of both signs. */
  private record Episode(double[][] theta, double[][] states, int[] actions, double[] rewards) {
    static Episode random(long seed, int t) {
      Rng rng = new Rng(seed);
      int[] actions = new int[t];
      for (int i = 0; i < t; i++) {
        actions[i] = rng.nextInt(4);
      }
      return new Episode(
          NestedArrays.toMatrix(rng.normal(1.0, 3, 4)),
          NestedArrays.toMatrix(rng.normal(1.0, t, 3)),
          actions,
          NestedArrays.toVector(rng.normal(2.0, t)));
    }

    /** sum_t weight_t log pi(a_t | s_t) at theta, with log pi = logit - logsumexp(logits). */
    double surrogate(double[][] at, double[] weights) {
      double total = 0;
      for (int t = 0; t < states.length; t++) {
        double[] logits = Matrices.matmul(new double[][] {states[t]}, at)[0];
        total += weights[t] * (logits[actions[t]] - Matrices.logSumExp(logits));
      }
      return total;
    }
  }

  @ParameterizedTest(name = "baseline={0}")
  @ValueSource(booleans = {true, false})
  void gradientIsTheDerivativeOfTheSurrogate(boolean baseline) {
    Episode e = Episode.random(baseline ? 61 : 62, 9);
    Reinforce.Update u =
        Reinforce.step(e.theta(), e.states(), e.actions(), e.rewards(), 0.9, 0.1, baseline);
    double[] weights = u.returns().clone();
    double b = baseline ? java.util.Arrays.stream(weights).average().orElseThrow() : 0;
    for (int t = 0; t < weights.length; t++) {
      weights[t] -= b;
    }
    for (int i = 0; i < e.theta().length; i++) {
      for (int j = 0; j < e.theta()[0].length; j++) {
        double numeric =
            (e.surrogate(shifted(e.theta(), i, j, FD_STEP), weights)
                    - e.surrogate(shifted(e.theta(), i, j, -FD_STEP), weights))
                / (2 * FD_STEP);
        assertThat(u.grad()[i][j]).as("grad[%d][%d]", i, j).isCloseTo(numeric, within(FD_TOL));
        assertThat(u.newTheta()[i][j])
            .isCloseTo(e.theta()[i][j] + 0.1 * u.grad()[i][j], within(EXACT));
      }
    }
  }

  private static double[][] shifted(double[][] theta, int i, int j, double delta) {
    double[][] copy = Matrices.columns(theta, 0, theta[0].length);
    copy[i][j] += delta;
    return copy;
  }

  @Test
  void returnsAreTheRewardsWhenGammaIsZeroAndSuffixSumsWhenItIsOne() {
    double[] r = {1.5, -2, 0.25, 4};
    assertThat(Reinforce.discountedReturns(r, 0)).containsExactly(r);
    assertThat(Reinforce.discountedReturns(r, 1)).containsExactly(3.75, 2.25, 4.25, 4);
    assertThat(Reinforce.discountedReturns(r, 0.5)).containsExactly(1.0625, -0.875, 2.25, 4);
  }

  @Test
  void oneStepWithBaselineHasZeroAdvantageAndLeavesThetaAlone() {
    Episode e = Episode.random(63, 1);
    Reinforce.Update u =
        Reinforce.step(e.theta(), e.states(), e.actions(), e.rewards(), 0.9, 1.0, true);
    for (int i = 0; i < e.theta().length; i++) {
      assertThat(u.grad()[i]).containsOnly(0.0);
      assertThat(u.newTheta()[i]).containsExactly(e.theta()[i]);
    }
  }

  /** The eligibility's columns sum to zero for every step: sum_a (onehot(a) - pi(a)) = 0. */
  @Test
  void gradientRowsSumToZeroOverActions() {
    Episode e = Episode.random(64, 12);
    Reinforce.Update u =
        Reinforce.step(e.theta(), e.states(), e.actions(), e.rewards(), 0.95, 0.1, false);
    for (double[] row : u.grad()) {
      assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(0.0, within(1e-12));
    }
  }

  /**
   * Logits of +-1000 overflow a plain exp; the max-subtracted softmax gives exactly one-hot
   * policies. Step 0 (s = 1) picks the unlikely action 1 with G_0 = 3, so its eligibility is (-1,
   * 1, 0); step 1 (s = -1) picks action 1, which already has probability 1, so it adds nothing.
   */
  @Test
  void largeLogitsGiveAFiniteOneHotPolicy() {
    double[][] theta = {{1000, -1000, 0}};
    assertThat(Reinforce.policy(theta, new double[] {1.0})).containsExactly(1.0, 0.0, 0.0);
    double[][] states = {{1.0}, {-1.0}};
    Reinforce.Update u =
        Reinforce.step(theta, states, new int[] {1, 1}, new double[] {1, 2}, 1, 1, false);
    assertThat(u.grad()[0]).containsExactly(-3.0, 3.0, 0.0);
  }
}
