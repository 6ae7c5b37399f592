package dev.allclose.reference.recommendation;

import static dev.allclose.reference.Tolerances.assertAllClose;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BPR loss against PyTorch's autograd of {@code -F.logsigmoid} (golden files), against the
 * NumPy/SciPy oracle {@code make_bpr.py} (margins of +-1000, i = j, untouched rows), against
 * central finite differences of its own loss, and against the additivity over triples that the
 * gradient's accumulation must respect.
 */
class BayesianPersonalizedRankingTest {
  /** Central differences with step h have error O(h^2) plus rounding O(eps / h). */
  private static final double FD_STEP = 1e-5;

  private static final double FD_RTOL = 1e-6;
  private static final double FD_ATOL = 1e-8;
  private static final double EXACT_RTOL = 1e-13;
  private static final double EXACT_ATOL = 1e-14;

  static List<Golden> torch() {
    return GoldenCases.of("bpr");
  }

  static List<Golden> numpy() {
    return GoldenCases.besideScript(BayesianPersonalizedRankingTest.class, "make_bpr.py", "bpr-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("torch")
  void agreesWithPyTorch(Golden g) {
    assertAgrees(g);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithScipy(Golden g) {
    assertAgrees(g);
  }

  /** Repeated users and items, and i = j drawn by chance, as in the generated cases. */
  @ParameterizedTest(name = "users={0}, items={1}, k={2}, M={3}, reg={4}")
  @CsvSource({"3, 4, 2, 10, 0.1", "2, 2, 3, 6, 0.0", "5, 8, 4, 1, 0.5", "4, 6, 1, 20, 0.05"})
  void gradientsMatchCentralDifferences(int users, int items, int k, int m, double reg) {
    Rng rng = new Rng(4700L + 31L * m + k);
    double[][] u = NestedArrays.toMatrix(rng.normal(1.5, users, k));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.5, items, k));
    long[][] triples = randomTriples(rng, m, users, items);
    BayesianPersonalizedRanking.Result r = BayesianPersonalizedRanking.of(u, v, triples, reg);
    assertAllClose(
        NestedArrays.fromMatrix(r.dU()),
        NestedArrays.fromMatrix(numericGradient(u, v, triples, reg, u)),
        FD_RTOL,
        FD_ATOL,
        "dU");
    assertAllClose(
        NestedArrays.fromMatrix(r.dV()),
        NestedArrays.fromMatrix(numericGradient(u, v, triples, reg, v)),
        FD_RTOL,
        FD_ATOL,
        "dV");
  }

  /**
   * The batch mean is additive: a batch written twice has the same loss and gradients as the batch
   * once. A solution that overwrites the rows of repeated indices instead of adding fails this.
   */
  @Test
  void aBatchRepeatedHasTheSameLossAndGradients() {
    Rng rng = new Rng(48);
    double[][] u = NestedArrays.toMatrix(rng.normal(1.0, 3, 4));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.0, 5, 4));
    long[][] once = randomTriples(rng, 7, 3, 5);
    long[][] twice = new long[14][];
    for (int t = 0; t < 14; t++) {
      twice[t] = once[t % 7];
    }
    var a = BayesianPersonalizedRanking.of(u, v, once, 0.2);
    var b = BayesianPersonalizedRanking.of(u, v, twice, 0.2);
    assertThat(b.loss()).isCloseTo(a.loss(), within(1e-14));
    assertAllClose(
        NestedArrays.fromMatrix(b.dU()),
        NestedArrays.fromMatrix(a.dU()),
        EXACT_RTOL,
        EXACT_ATOL,
        "dU");
    assertAllClose(
        NestedArrays.fromMatrix(b.dV()),
        NestedArrays.fromMatrix(a.dV()),
        EXACT_RTOL,
        EXACT_ATOL,
        "dV");
  }

  /** i = j: margin 0, loss log 2 plus the penalty, and the two ranking pulls on V_i cancel. */
  @Test
  void aTripleWithEqualItemsHasMarginZero() {
    double[][] u = {{1.0, -2.0}};
    double[][] v = {{0.5, 3.0}, {7.0, 7.0}};
    var r = BayesianPersonalizedRanking.of(u, v, new long[][] {{0, 0, 0}}, 0.1);
    double penalty = 0.05 * (5.0 + 2 * 9.25);
    assertThat(r.loss()).isCloseTo(Math.log(2) + penalty, within(1e-15));
    assertThat(r.dU()[0]).containsExactly(0.1, -0.2);
    assertThat(r.dV()[0][0]).isCloseTo(2 * 0.1 * 0.5, within(1e-15));
    assertThat(r.dV()[0][1]).isCloseTo(2 * 0.1 * 3.0, within(1e-15));
    assertThat(r.dV()[1]).containsExactly(0.0, 0.0);
  }

  @Test
  void marginsOfAThousandGiveAFiniteLossAndBoundedPulls() {
    double[][] u = {{1.0, 0.0}};
    double[][] v = {{500.0, 0.0}, {-500.0, 0.0}};
    var r = BayesianPersonalizedRanking.of(u, v, new long[][] {{0, 0, 1}, {0, 1, 0}}, 0.0);
    assertThat(r.loss()).isCloseTo(500.0, within(1e-12));
    assertThat(r.dU()[0][0]).isCloseTo(500.0, within(1e-12));
    assertThat(r.dV()[0][0]).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void softplusAndSigmoidAtTheExtremes() {
    assertThat(BayesianPersonalizedRanking.softplus(1000)).isEqualTo(1000.0);
    assertThat(BayesianPersonalizedRanking.softplus(-1000)).isEqualTo(0.0);
    assertThat(BayesianPersonalizedRanking.softplus(0)).isCloseTo(Math.log(2), within(1e-15));
    assertThat(BayesianPersonalizedRanking.softplus(-40)).isCloseTo(Math.exp(-40), within(1e-30));
    assertThat(BayesianPersonalizedRanking.sigmoid(1000)).isEqualTo(1.0);
    assertThat(BayesianPersonalizedRanking.sigmoid(-1000)).isEqualTo(0.0);
    assertThat(BayesianPersonalizedRanking.sigmoid(-40)).isCloseTo(Math.exp(-40), within(1e-30));
  }

  private static void assertAgrees(Golden g) {
    var r =
        BayesianPersonalizedRanking.of(
            NestedArrays.toMatrix(g.get("U")),
            NestedArrays.toMatrix(g.get("V")),
            (long[][]) NestedArrays.toNested(g.get("triples"), long[][].class),
            g.scalar("reg"));
    assertGolden(NdArray.scalar(r.loss()), g.get("out_0"), g.name() + " loss");
    assertGolden(r.dU(), g.get("out_1"), g.name() + " dU");
    assertGolden(r.dV(), g.get("out_2"), g.name() + " dV");
  }

  private static long[][] randomTriples(Rng rng, int m, int users, int items) {
    long[][] t = new long[m][];
    for (int r = 0; r < m; r++) {
      t[r] = new long[] {rng.nextInt(users), rng.nextInt(items), rng.nextInt(items)};
    }
    return t;
  }

  /** dL/dX by central differences, perturbing each entry of {@code which} (U or V) in place. */
  private static double[][] numericGradient(
      double[][] u, double[][] v, long[][] triples, double reg, double[][] which) {
    double[][] out = new double[which.length][which[0].length];
    for (int r = 0; r < which.length; r++) {
      for (int c = 0; c < which[r].length; c++) {
        double saved = which[r][c];
        double h = FD_STEP * Math.max(1.0, Math.abs(saved));
        which[r][c] = saved + h;
        double up = BayesianPersonalizedRanking.of(u, v, triples, reg).loss();
        which[r][c] = saved - h;
        double down = BayesianPersonalizedRanking.of(u, v, triples, reg).loss();
        which[r][c] = saved;
        out[r][c] = (up - down) / (2 * h);
      }
    }
    return out;
  }
}
