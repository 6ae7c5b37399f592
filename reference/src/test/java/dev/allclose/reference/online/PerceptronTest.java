package dev.allclose.reference.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_perceptron.py} (NumPy, in the test resources: the
 * perceptron written on the augmented vectors (x, 1), the bound with np.linalg.norm), and against
 * Novikoff's theorem itself on seeded random separable data: the total number of mistakes never
 * exceeds (R / gamma)^2, for the separator that labelled the data and for the perceptron's own
 * final weights.
 */
class PerceptronTest {
  /** The oracle adds in another order (np.dot); on the grid cases it is exact. */
  private static final double ORACLE_RTOL = 1e-12;

  private static final double ORACLE_ATOL = 1e-12;

  /**
   * The smallest nonzero margin the oracle met, relative to ||w~|| ||x~||: far above rounding, so
   * no decision of either implementation can depend on the order of a sum.
   */
  private static final double ROBUST_MARGIN = 1e-9;

  private static final int TRIALS = 200;

  record Oracle(String name, Map<String, NdArray> a) {
    double[][] x() {
      return NestedArrays.toMatrix(a.get("X"));
    }

    long[] y() {
      return a.get("y").toLongArray();
    }

    double[] vector(String key) {
      return NestedArrays.toVector(a.get(key));
    }

    double scalar(String key) {
      return a.get(key).getDouble(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Oracle> oracles() {
    return GoldenCases.besideScript(PerceptronTest.class, "make_perceptron.py", "perceptron-")
        .stream()
        .map(g -> new Oracle(g.name(), g.arrays()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void trainingAgreesWithTheNumPyOracle(Oracle o) {
    assertThat(o.scalar("min_margin"))
        .as("decisions far from rounding")
        .isGreaterThan(ROBUST_MARGIN);
    Perceptron.Training t = Perceptron.train(o.x(), o.y(), (int) o.scalar("max_epochs"));
    assertThat(t.mistakesPerEpoch())
        .as(o + " mistakes per epoch")
        .containsExactly(
            java.util.Arrays.stream(o.a().get("mistakes").toLongArray())
                .mapToInt(Math::toIntExact)
                .toArray());
    double[] w = o.vector("w");
    for (int j = 0; j < w.length; j++) {
      assertThat(t.w()[j]).as(o + " w[" + j + "]").isCloseTo(w[j], within(tol(w[j])));
    }
    assertThat(t.b()).as(o + " b").isCloseTo(o.scalar("b"), within(tol(o.scalar("b"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void boundAgreesWithTheNumPyOracle(Oracle o) {
    double expected = o.scalar("bound");
    double bound = Perceptron.mistakeBound(o.x(), o.y(), o.vector("w_star"), o.scalar("b_star"));
    if (Double.isInfinite(expected)) {
      assertThat(bound).as(o + " bound").isEqualTo(expected);
    } else {
      assertThat(bound).as(o + " bound").isCloseTo(expected, within(tol(expected)));
    }
  }

  @Test
  void mistakesNeverExceedNovikoffsBound() {
    Rng rng = new Rng(32);
    for (int trial = 0; trial < TRIALS; trial++) {
      int d = 1 + rng.nextInt(6);
      double[] wStar = NestedArrays.toVector(rng.normal(1.0, d));
      double bStar = 2 * rng.nextGaussian();
      Labelled data =
          separable(rng, 1 + rng.nextInt(80), wStar, bStar, 0.05 + 0.45 * rng.nextDouble());
      Perceptron.Training t = Perceptron.train(data.x(), data.y(), 100_000);
      assertThat(t.converged()).as("trial %d converges", trial).isTrue();
      double bound = Perceptron.mistakeBound(data.x(), data.y(), wStar, bStar);
      assertThat((double) t.totalMistakes()).as("trial %d", trial).isLessThanOrEqualTo(bound);
      double ownBound = Perceptron.mistakeBound(data.x(), data.y(), t.w(), t.b());
      assertThat((double) t.totalMistakes())
          .as("trial %d, own w", trial)
          .isLessThanOrEqualTo(ownBound);
    }
  }

  @Test
  void convergedWeightsSeparateEverySampleStrictly() {
    Rng rng = new Rng(33);
    for (int trial = 0; trial < TRIALS; trial++) {
      int d = 1 + rng.nextInt(4);
      Labelled data =
          separable(rng, 1 + rng.nextInt(50), NestedArrays.toVector(rng.normal(1.0, d)), 1, 0.2);
      Perceptron.Training t = Perceptron.train(data.x(), data.y(), 100_000);
      for (int i = 0; i < data.y().length; i++) {
        assertThat(data.y()[i] * Perceptron.margin(t.w(), t.b(), data.x()[i])).isPositive();
      }
    }
  }

  /** From w = 0, b = 0 the first margin is 0, which the rule counts as a mistake. */
  @Test
  void theFirstSampleIsAlwaysAMistake() {
    Perceptron.Training t =
        Perceptron.train(new double[][] {{1.5, -2.0, 0.25}}, new long[] {-1}, 10);
    assertThat(t.mistakesPerEpoch()).containsExactly(1, 0);
    assertThat(t.w()).containsExactly(-1.5, 2.0, -0.25);
    assertThat(t.b()).isEqualTo(-1.0);
  }

  @Test
  void nonSeparableDataRunsEveryEpoch() {
    double[][] xor = {{0, 0}, {1, 1}, {1, 0}, {0, 1}};
    Perceptron.Training t = Perceptron.train(xor, new long[] {-1, -1, 1, 1}, 7);
    assertThat(t.mistakesPerEpoch()).hasSize(7).doesNotContain(0);
    assertThat(Perceptron.train(xor, new long[] {-1, -1, 1, 1}, 1).mistakesPerEpoch())
        .containsExactly(3);
  }

  @Test
  void theBoundIsInfiniteUnlessTheSeparatorHasAPositiveMargin() {
    double[][] x = {{1, 0}, {0, 1}, {2, 2}};
    long[] y = {1, -1, 1};
    assertThat(Perceptron.mistakeBound(x, y, new double[] {1, -1}, 0))
        .as("touches (2, 2)")
        .isInfinite();
    assertThat(Perceptron.mistakeBound(x, y, new double[] {-1, 1}, 0))
        .as("wrong side")
        .isInfinite();
    assertThat(Perceptron.mistakeBound(x, y, new double[] {0, 0}, 0)).as("zero").isInfinite();
    // With the bias the same w separates: margins 1.5, 0.5, 0.5; R^2 = 9; ||w~||^2 = 2.25.
    assertThat(Perceptron.mistakeBound(x, y, new double[] {1, -1}, 0.5))
        .isCloseTo(9 * 2.25 / 0.25, within(1e-12));
  }

  @Test
  void theBoundDoesNotDependOnTheSeparatorsScale() {
    double[][] x = {{1, 0}, {0, 1}, {2, 2}};
    long[] y = {1, -1, 1};
    double one = Perceptron.mistakeBound(x, y, new double[] {1, -1}, 0.5);
    double scaled = Perceptron.mistakeBound(x, y, new double[] {8, -8}, 4);
    assertThat(scaled).isCloseTo(one, within(1e-12 * one));
  }

  @Test
  void rejectsLabelsOtherThanPlusOrMinusOne() {
    assertThatThrownBy(() -> Perceptron.train(new double[][] {{1}}, new long[] {0}, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Perceptron.train(new double[][] {{1}}, new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private record Labelled(double[][] x, long[] y) {}

  /** n points in [-3, 3]^d at least {@code margin} from the plane w.x + b = 0, labelled by it. */
  private static Labelled separable(Rng rng, int n, double[] w, double b, double margin) {
    double norm = Math.sqrt(dot(w, w) + b * b);
    double[][] x = new double[n][];
    long[] y = new long[n];
    for (int i = 0; i < n; ) {
      double[] p = NestedArrays.toVector(rng.uniform(-3, 3, w.length));
      double s = dot(w, p) + b;
      if (Math.abs(s) >= margin * norm) {
        x[i] = p;
        y[i++] = s > 0 ? 1 : -1;
      }
    }
    return new Labelled(x, y);
  }

  private static double dot(double[] a, double[] c) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * c[j];
    }
    return s;
  }

  private static double tol(double expected) {
    return ORACLE_ATOL + ORACLE_RTOL * Math.abs(expected);
  }
}
