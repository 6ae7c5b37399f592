package dev.allclose.reference.clustering;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Lloyd's algorithm and k-means++ against the NumPy/SciPy oracle {@code make_kmeans.py} (loops,
 * vectorised NumPy and {@code scipy.cluster.vq.kmeans2}), and against the invariants every run must
 * keep: centroids are the means of their labels, a converged labelling is a nearest-centroid one,
 * the objective never rises, and k-means++ never picks a point of weight zero.
 */
class KMeansTest {
  static List<Golden> lloydGolden() {
    return GoldenCases.besideScript(KMeansTest.class, "make_kmeans.py", "lloyd-");
  }

  static List<Golden> plusPlusGolden() {
    return GoldenCases.besideScript(KMeansTest.class, "make_kmeans.py", "plusplus-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lloydGolden")
  void lloydAgreesWithNumpyAndScipy(Golden g) {
    KMeans.Clustering r =
        KMeans.lloyd(
            NestedArrays.toMatrix(g.get("X")),
            NestedArrays.toMatrix(g.get("init")),
            g.integer("max_iter"));
    assertGolden(r.centroids(), g.get("out_0"), g.name() + " centroids");
    assertThat(NdArray.ofLongs(r.labels(), r.labels().length)).isEqualTo(g.get("out_1"));
    assertThat(r.nIter()).as(g.name() + " n_iter").isEqualTo(g.integer("out_2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plusPlusGolden")
  void plusPlusAgreesWithNumpy(Golden g) {
    long[] chosen =
        KMeans.plusPlus(
            NestedArrays.toMatrix(g.get("X")), g.integer("k"), NestedArrays.toVector(g.get("u")));
    assertThat(NdArray.ofLongs(chosen, chosen.length)).as(g.name()).isEqualTo(g.get("out_0"));
  }

  @ParameterizedTest(name = "n={0}, k={1}, d={2}, max_iter={3}")
  @CsvSource({"50, 3, 2, 100", "30, 5, 4, 100", "200, 8, 3, 3", "12, 12, 2, 100", "40, 1, 5, 100"})
  void centroidsAreTheMeansOfTheirLabelsAndTheObjectiveNeverRises(int n, int k, int d, int iters) {
    Rng rng = new Rng(4900L + 13L * n + k);
    double[][] x = NestedArrays.toMatrix(rng.normal(1.0, n, d));
    double[][] init = NestedArrays.toMatrix(rng.normal(1.0, k, d));
    double previous = Double.POSITIVE_INFINITY;
    for (int m = 1; m <= iters; m++) {
      KMeans.Clustering r = KMeans.lloyd(x, init, m);
      assertMeansOfLabels(x, init, r);
      double objective = objective(x, r.centroids(), r.labels());
      assertThat(objective).isLessThanOrEqualTo(previous + 1e-12);
      previous = objective;
      if (r.nIter() < m) {
        assertNearestCentroid(x, r);
        break;
      }
    }
  }

  @Test
  void exactTiesGoToTheLowerCentroid() {
    double[][] x = {{2, 0}, {2, 5}};
    double[][] init = {{0, 0}, {4, 0}, {0, 10}, {4, 10}};
    KMeans.Clustering r = KMeans.lloyd(x, init, 1);
    assertThat(r.labels()).containsExactly(0, 0);
    assertThat(r.nIter()).isEqualTo(1);
  }

  @Test
  void anEmptyClusterKeepsItsCentroidAndConvergenceCountsTheQuietStep() {
    double[][] x = {{0, 0}, {1, 0}, {10, 0}, {11, 0}};
    double[][] init = {{0, 0}, {10, 0}, {100, 100}};
    KMeans.Clustering r = KMeans.lloyd(x, init, 100);
    assertThat(r.centroids()).isDeepEqualTo(new double[][] {{0.5, 0}, {10.5, 0}, {100, 100}});
    assertThat(r.labels()).containsExactly(0, 0, 1, 1);
    assertThat(r.nIter()).isEqualTo(2);
  }

  @Test
  void plusPlusFallsBackToTheScaledUniformWhenEveryWeightIsZero() {
    double[][] x = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
    assertThat(KMeans.plusPlus(x, 3, new double[] {0.6, 0.1, 0.99})).containsExactly(2, 0, 3);
  }

  @Test
  void plusPlusSamplesBySquaredDistance() {
    // weights after choosing point 0: 0, 1, 4 (squared distances), so cumulative 0, 0.2, 1.0
    double[][] x = {{0}, {1}, {2}};
    assertThat(KMeans.plusPlus(x, 2, new double[] {0.0, 0.19})).containsExactly(0, 1);
    assertThat(KMeans.plusPlus(x, 2, new double[] {0.0, 0.2})).containsExactly(0, 2);
  }

  @ParameterizedTest(name = "n={0}, k={1}")
  @CsvSource({"20, 5", "8, 8", "50, 2"})
  void plusPlusNeverPicksAPointOfWeightZero(int n, int k) {
    Rng rng = new Rng(4901L + n);
    double[][] x = NestedArrays.toMatrix(rng.normal(1.0, n, 3));
    for (int trial = 0; trial < 50; trial++) {
      double[] u = NestedArrays.toVector(rng.uniform(0, 1, k));
      long[] chosen = KMeans.plusPlus(x, k, u);
      assertThat(chosen).doesNotHaveDuplicates();
    }
  }

  @Test
  void refusesBadArguments() {
    double[][] x = {{0, 0}, {1, 1}};
    assertThatThrownBy(() -> KMeans.lloyd(x, new double[][] {{0}}, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KMeans.lloyd(x, x, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KMeans.plusPlus(x, 3, new double[] {0.1, 0.2, 0.3}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KMeans.plusPlus(x, 1, new double[] {1.0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertMeansOfLabels(double[][] x, double[][] init, KMeans.Clustering r) {
    double[][] c = r.centroids();
    long[] labels = r.labels();
    for (int j = 0; j < c.length; j++) {
      double[] sum = new double[x[0].length];
      int count = 0;
      for (int i = 0; i < x.length; i++) {
        if (labels[i] == j) {
          count++;
          for (int q = 0; q < sum.length; q++) {
            sum[q] += x[i][q];
          }
        }
      }
      for (int q = 0; q < sum.length; q++) {
        assertThat(c[j][q]).isEqualTo(count == 0 ? init[j][q] : sum[q] / count);
      }
    }
  }

  private static void assertNearestCentroid(double[][] x, KMeans.Clustering r) {
    double[][] c = r.centroids();
    long[] labels = r.labels();
    for (int i = 0; i < x.length; i++) {
      double own = KMeans.squaredDistance(x[i], c[(int) labels[i]]);
      for (int j = 0; j < c.length; j++) {
        double other = KMeans.squaredDistance(x[i], c[j]);
        assertThat(own < other || (own == other && labels[i] <= j)).isTrue();
      }
    }
  }

  private static double objective(double[][] x, double[][] c, long[] labels) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += KMeans.squaredDistance(x[i], c[(int) labels[i]]);
    }
    return s;
  }
}
