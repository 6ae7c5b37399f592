package dev.allclose.reference.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.Tolerances;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the tree against {@code make_kd_tree.py} (a NumPy brute force ordered by distance then
 * index, whose distances SciPy's cKDTree confirms) and against a brute force written here on random
 * lattices full of exact ties.
 */
class KdTreeTest {
  static List<Golden> goldens() {
    return GoldenCases.besideScript(KdTreeTest.class, "make_kd_tree.py", "knn-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void agreesWithTheOracle(Golden g) {
    KdTree.Neighbours n =
        new KdTree(matrix(g.get("points"))).query(matrix(g.get("q")), g.integer("k"));
    double[][] dists = matrix(g.get("dists"));
    long[] idx = g.get("idx").toLongArray();
    int k = dists[0].length;
    for (int r = 0; r < dists.length; r++) {
      assertThat(n.idx()[r])
          .as("row %d", r)
          .containsExactly(Arrays.copyOfRange(idx, r * k, r * k + k));
      for (int j = 0; j < k; j++) {
        double tol = Tolerances.GOLDEN_ATOL + Tolerances.GOLDEN_RTOL * Math.abs(dists[r][j]);
        assertThat(n.dists()[r][j]).as("row %d, %d", r, j).isCloseTo(dists[r][j], within(tol));
      }
    }
  }

  @Test
  void agreesWithABruteForceOnLatticesWithTies() {
    SplittableRandom rng = new SplittableRandom(31);
    for (int t = 0; t < 60; t++) {
      int n = 1 + rng.nextInt(300);
      int d = 1 + rng.nextInt(4);
      double[][] points = lattice(rng, n, d, 5);
      double[][] q = lattice(rng, 20, d, 6);
      int k = 1 + rng.nextInt(n + 2);
      KdTree.Neighbours got = new KdTree(points).query(q, k);
      for (int r = 0; r < q.length; r++) {
        int[] expected = bruteForce(points, q[r], Math.min(k, n));
        assertThat(got.idx()[r]).containsExactly(Arrays.stream(expected).asLongStream().toArray());
      }
    }
  }

  @Test
  void refusesEmptyInputsAndKBelowOne() {
    assertThatThrownBy(() -> new KdTree(new double[0][2]))
        .hasMessageContaining("at least one point");
    KdTree tree = new KdTree(new double[][] {{0, 0}, {1, 1}});
    assertThatThrownBy(() -> tree.query(new double[][] {{0, 0}}, 0)).hasMessageContaining("k=0");
    assertThat(tree.query(new double[][] {{0, 0}}, 5).idx()[0]).containsExactly(0L, 1L);
  }

  private static int[] bruteForce(double[][] points, double[] q, int k) {
    return IntStream.range(0, points.length)
        .boxed()
        .sorted(
            Comparator.comparingDouble((Integer i) -> KdTree.squaredDistance(points[i], q))
                .thenComparingInt(i -> i))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static double[][] lattice(SplittableRandom rng, int n, int d, int side) {
    double[][] out = new double[n][d];
    for (double[] p : out) {
      for (int j = 0; j < d; j++) {
        p[j] = rng.nextInt(side);
      }
    }
    return out;
  }

  private static double[][] matrix(NdArray a) {
    double[][] out = new double[a.dim(0)][a.dim(1)];
    for (int r = 0; r < out.length; r++) {
      for (int c = 0; c < out[r].length; c++) {
        out[r][c] = a.getDouble(r * out[r].length + c);
      }
    }
    return out;
  }
}
