package dev.allclose.reference.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.Tolerances;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_prefix_scan.py} (NumPy, in the test resources): a
 * literal transcription of Blelloch's up-sweep and down-sweep loops, expected bit for bit because
 * it adds in the same order; np.cumsum for both scans and np.sum of each block for the tree,
 * expected up to rounding. Brute force on small integer inputs checks every entry exactly.
 */
class BlellochScanTest {
  /** np.cumsum and np.sum add in other orders; moderate values keep the difference tiny. */
  private static final double ROUNDING_RTOL = 1e-12;

  private static final double ROUNDING_ATOL = 1e-10;

  record Oracle(String name, Map<String, NdArray> a) {
    double[] get(String key) {
      return a.get(key).toDoubleArray();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Oracle> oracles() {
    return GoldenCases.besideScript(BlellochScanTest.class, "make_prefix_scan.py", "scan-").stream()
        .map(g -> new Oracle(g.name(), g.arrays()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void sameOrderOfAdditionsGivesTheSameBits(Oracle o) {
    double[] x = o.get("x");
    assertThat(BlellochScan.upsweepTree(x)).as(o + " tree").containsExactly(o.get("tree"));
    assertThat(BlellochScan.exclusive(x)).as(o + " exclusive").containsExactly(o.get("exclusive"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithCumsumAndBlockSumsUpToRounding(Oracle o) {
    double[] x = o.get("x");
    close(BlellochScan.exclusive(x), o.get("exclusive_ref"), o + " exclusive vs cumsum");
    close(BlellochScan.inclusive(x), o.get("inclusive_ref"), o + " inclusive vs cumsum");
    close(BlellochScan.upsweepTree(x), o.get("block_sums"), o + " tree vs np.sum of blocks");
  }

  @Test
  void blellochsExampleByHand() {
    double[] x = {3, 1, 7, 0, 4, 1, 6, 3};
    assertThat(BlellochScan.upsweepTree(x)).containsExactly(3, 4, 7, 11, 4, 5, 6, 25);
    assertThat(BlellochScan.exclusive(x)).containsExactly(0, 3, 4, 11, 11, 15, 16, 22);
    assertThat(BlellochScan.inclusive(x)).containsExactly(3, 4, 11, 11, 15, 16, 22, 25);
  }

  /**
   * Integer inputs: every tree entry is its block's sum and every scan entry its prefix, exactly.
   */
  @Test
  void bruteForceOnSmallIntegerInputs() {
    Rng rng = new Rng(33);
    for (int n = 1; n <= 130; n++) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = rng.nextInt(-50, 50);
      }
      double[] tree = BlellochScan.upsweepTree(x);
      assertThat(tree).hasSize(BlellochScan.paddedLength(n));
      for (int i = 0; i < tree.length; i++) {
        int length = (i + 1) & -(i + 1);
        assertThat(tree[i]).as("n=%d tree[%d]", n, i).isEqualTo(sum(x, i + 1 - length, i + 1));
      }
      double[] exclusive = BlellochScan.exclusive(x);
      double[] inclusive = BlellochScan.inclusive(x);
      assertThat(exclusive).hasSize(n);
      assertThat(inclusive).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(exclusive[i]).as("n=%d exclusive[%d]", n, i).isEqualTo(sum(x, 0, i));
        assertThat(inclusive[i]).as("n=%d inclusive[%d]", n, i).isEqualTo(sum(x, 0, i + 1));
      }
    }
  }

  @ParameterizedTest(name = "N={0} -> P={1}")
  @CsvSource({
    "1, 1",
    "2, 2",
    "3, 4",
    "4, 4",
    "5, 8",
    "8, 8",
    "9, 16",
    "65536, 65536",
    "65537, 131072"
  })
  void padsToTheNextPowerOfTwo(int n, int p) {
    assertThat(BlellochScan.paddedLength(n)).isEqualTo(p);
  }

  @Test
  void oneElement() {
    assertThat(BlellochScan.upsweepTree(new double[] {-2.5})).containsExactly(-2.5);
    assertThat(BlellochScan.exclusive(new double[] {-2.5})).containsExactly(0.0);
  }

  @Test
  void rejectsAnEmptyInput() {
    assertThatThrownBy(() -> BlellochScan.exclusive(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlellochScan.inclusive(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The sum of x[from..to) with the padding zeros beyond x. */
  private static double sum(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < Math.min(to, x.length); i++) {
      s += x[i];
    }
    return s;
  }

  private static void close(double[] actual, double[] expected, String what) {
    Tolerances.assertAllClose(
        NdArray.ofDoubles(actual, actual.length),
        NdArray.ofDoubles(expected, expected.length),
        ROUNDING_RTOL,
        ROUNDING_ATOL,
        what);
  }
}
