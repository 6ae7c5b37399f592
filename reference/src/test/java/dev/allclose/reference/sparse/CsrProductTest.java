package dev.allclose.reference.sparse;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSR product against SciPy (golden files of {@code make_sparse_matmul.py}, themselves checked
 * against the dense NumPy product), against a dense triple loop on random small-integer matrices
 * (where sums are exact, so the nonzero pattern must match exactly), and the canonical form.
 */
class CsrProductTest {
  static List<Golden> scipy() {
    return GoldenCases.besideScript(CsrProductTest.class, "make_sparse_matmul.py", "csr-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scipy")
  void agreesWithScipy(Golden g) {
    CsrProduct.Csr c = CsrProduct.multiply(csr(g, "a_"), csr(g, "b_"));
    assertGolden(c.data(), g.get("out_0"), g.name() + " data");
    assertGolden(c.indices(), g.get("out_1"), g.name() + " indices");
    assertGolden(c.indptr(), g.get("out_2"), g.name() + " indptr");
    long[] shape = g.get("out_3").toLongArray();
    assertThat(c.shape()).containsExactly((int) shape[0], (int) shape[1]);
  }

  /** Entries in {-2..2} with many zeros: products cancel often, and exactly. */
  @ParameterizedTest(name = "{0} x {1} times {1} x {2}")
  @CsvSource({"1, 1, 1", "5, 4, 6", "12, 9, 3", "20, 20, 20", "3, 30, 2"})
  void equalsTheDenseProductExactly(int m, int k, int n) {
    Rng rng = new Rng(2800L + 100L * m + 10L * k + n);
    double[][] a = sparseIntegers(rng, m, k);
    double[][] b = sparseIntegers(rng, k, n);
    CsrProduct.Csr c = CsrProduct.multiply(fromDense(a), fromDense(b));
    CsrProduct.Csr expected = fromDense(denseProduct(a, b));
    assertThat(c.indptr()).containsExactly(expected.indptr());
    assertThat(c.indices()).containsExactly(expected.indices());
    assertThat(c.data()).containsExactly(expected.data());
    assertThat(c.shape()).containsExactly(m, n);
  }

  @Test
  void cancellingProductsAreNotStored() {
    // A = [[1, -1]], B = [[2, 3], [2, 5]]: C = [[0, -2]]
    CsrProduct.Csr a =
        new CsrProduct.Csr(new double[] {1, -1}, new long[] {0, 1}, new long[] {0, 2}, 1, 2);
    CsrProduct.Csr b =
        new CsrProduct.Csr(
            new double[] {2, 3, 2, 5}, new long[] {0, 1, 0, 1}, new long[] {0, 2, 4}, 2, 2);
    CsrProduct.Csr c = CsrProduct.multiply(a, b);
    assertThat(c.data()).containsExactly(-2.0);
    assertThat(c.indices()).containsExactly(1L);
    assertThat(c.indptr()).containsExactly(0L, 1L);
  }

  /** 100,000 x 100,000 with 3 entries a row: the dense form would be 80 GB. */
  @Test
  void aHugeSparseProductNeverDensifies() {
    int n = 100_000;
    CsrProduct.Csr band = band(n);
    CsrProduct.Csr c = CsrProduct.multiply(band, band);
    assertThat(c.shape()).containsExactly(n, n);
    assertThat(c.nnz()).isEqualTo(5 * n - 6);
    for (int i = 0; i < n; i++) {
      for (long p = c.indptr()[i] + 1; p < c.indptr()[i + 1]; p++) {
        assertThat(c.indices()[(int) p]).isGreaterThan(c.indices()[(int) p - 1]);
      }
    }
  }

  @Test
  void refusesMismatchedOrNonCanonicalInputs() {
    CsrProduct.Csr twoByThree =
        new CsrProduct.Csr(new double[] {1}, new long[] {2}, new long[] {0, 1, 1}, 2, 3);
    assertThatThrownBy(() -> CsrProduct.multiply(twoByThree, twoByThree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inner dimensions differ");
    CsrProduct.Csr unsorted =
        new CsrProduct.Csr(new double[] {1, 2}, new long[] {1, 0}, new long[] {0, 2}, 1, 2);
    CsrProduct.Csr column =
        new CsrProduct.Csr(new double[] {1}, new long[] {0}, new long[] {0, 1, 1}, 2, 1);
    assertThatThrownBy(() -> CsrProduct.multiply(unsorted, column))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
  }

  /** The tridiagonal matrix with 1, 2, 1: its square is pentadiagonal with no zero inside. */
  private static CsrProduct.Csr band(int n) {
    List<Double> data = new ArrayList<>();
    List<Long> indices = new ArrayList<>();
    long[] indptr = new long[n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
        data.add(j == i ? 2.0 : 1.0);
        indices.add((long) j);
      }
      indptr[i + 1] = data.size();
    }
    return new CsrProduct.Csr(
        data.stream().mapToDouble(Double::doubleValue).toArray(),
        indices.stream().mapToLong(Long::longValue).toArray(),
        indptr,
        n,
        n);
  }

  private static double[][] sparseIntegers(Rng rng, int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = rng.nextInt(3) == 0 ? rng.nextInt(5) - 2 : 0;
      }
    }
    return m;
  }

  private static double[][] denseProduct(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < b.length; k++) {
        for (int j = 0; j < b[0].length; j++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  private static CsrProduct.Csr fromDense(double[][] m) {
    List<Double> data = new ArrayList<>();
    List<Long> indices = new ArrayList<>();
    long[] indptr = new long[m.length + 1];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        if (m[i][j] != 0) {
          data.add(m[i][j]);
          indices.add((long) j);
        }
      }
      indptr[i + 1] = data.size();
    }
    return new CsrProduct.Csr(
        data.stream().mapToDouble(Double::doubleValue).toArray(),
        indices.stream().mapToLong(Long::longValue).toArray(),
        indptr,
        m.length,
        m[0].length);
  }

  private static CsrProduct.Csr csr(Golden g, String prefix) {
    long[] shape = g.get(prefix + "shape").toLongArray();
    return new CsrProduct.Csr(
        g.get(prefix + "data").toDoubleArray(),
        g.get(prefix + "indices").toLongArray(),
        g.get(prefix + "indptr").toLongArray(),
        (int) shape[0],
        (int) shape[1]);
  }
}
