package dev.allclose.reference.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recall at k against the NumPy oracle {@code make_two_tower.py} (a stable {@code np.lexsort} of
 * every query's scores) and against a brute force that sorts the whole corpus; both rank where the
 * reference only counts.
 */
class RecallAtKTest {
  static List<Golden> numpy() {
    return GoldenCases.besideScript(RecallAtKTest.class, "make_two_tower.py", "recall-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithNumpy(Golden g) {
    double recall =
        RecallAtK.of(
            NestedArrays.toMatrix(g.get("q")),
            NestedArrays.toMatrix(g.get("corpus")),
            (long[]) NestedArrays.toNested(g.get("relevant"), long[].class),
            g.integer("k"));
    assertThat(recall).as(g.name()).isEqualTo(g.scalar("out_0"));
  }

  /** Small integer entries make many exact ties; the sort breaks them by the lower index. */
  @ParameterizedTest(name = "M={0}, N={1}, D={2}, k={3}")
  @CsvSource({"30, 12, 2, 3", "25, 40, 3, 1", "10, 5, 2, 5", "40, 20, 1, 4", "8, 6, 2, 7"})
  void agreesWithAFullSort(int m, int n, int d, int k) {
    Rng rng = new Rng(4810L + 7L * m + n);
    double[][] q = integers(rng, m, d);
    double[][] corpus = integers(rng, n, d);
    long[] relevant = new long[m];
    for (int i = 0; i < m; i++) {
      relevant[i] = rng.nextInt(n);
    }
    assertThat(RecallAtK.of(q, corpus, relevant, k)).isEqualTo(bySorting(q, corpus, relevant, k));
  }

  @Test
  void equalScoresGoToTheLowerIndex() {
    double[][] corpus = {{1.0}, {2.0}, {2.0}, {2.0}, {0.5}};
    double[][] q = {{1.0}};
    assertThat(RecallAtK.rank(q[0], corpus, 1)).isZero();
    assertThat(RecallAtK.rank(q[0], corpus, 3)).isEqualTo(2);
    assertThat(RecallAtK.rank(q[0], corpus, 0)).isEqualTo(3);
    assertThat(RecallAtK.of(q, corpus, new long[] {3}, 2)).isZero();
    assertThat(RecallAtK.of(q, corpus, new long[] {2}, 2)).isEqualTo(1.0);
  }

  @Test
  void kAtLeastTheCorpusSizeMakesEveryQueryAHit() {
    Rng rng = new Rng(4811);
    double[][] q = NestedArrays.toMatrix(rng.normal(1.0, 6, 3));
    double[][] corpus = NestedArrays.toMatrix(rng.normal(1.0, 4, 3));
    long[] relevant = {0, 1, 2, 3, 3, 0};
    assertThat(RecallAtK.of(q, corpus, relevant, 4)).isEqualTo(1.0);
    assertThat(RecallAtK.of(q, corpus, relevant, 100)).isEqualTo(1.0);
  }

  private static double bySorting(double[][] q, double[][] corpus, long[] relevant, int k) {
    int hits = 0;
    for (int m = 0; m < q.length; m++) {
      double[] scores = new double[corpus.length];
      List<Integer> order = new ArrayList<>();
      for (int n = 0; n < corpus.length; n++) {
        for (int c = 0; c < q[m].length; c++) {
          scores[n] += q[m][c] * corpus[n][c];
        }
        order.add(n);
      }
      order.sort(Comparator.comparingDouble((Integer n) -> -scores[n]).thenComparingInt(n -> n));
      if (order.subList(0, Math.min(k, order.size())).contains((int) relevant[m])) {
        hits++;
      }
    }
    return (double) hits / q.length;
  }

  private static double[][] integers(Rng rng, int rows, int cols) {
    double[][] out = new double[rows][cols];
    for (double[] row : out) {
      for (int c = 0; c < cols; c++) {
        row[c] = rng.nextInt(-2, 3);
      }
    }
    return out;
  }
}
