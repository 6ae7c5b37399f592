package dev.allclose.reference.attention;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FlashAttentionTest {

  static List<Golden> golden() {
    return GoldenCases.of("flash-attention");
  }

  /** F.scaled_dot_product_attention gives O; torch.logsumexp of the masked scores gives L. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithPyTorch(Golden g) {
    FlashAttention.Output out =
        FlashAttention.forward(
            quad(g.get("Q")),
            quad(g.get("K")),
            quad(g.get("V")),
            g.integer("block_size"),
            g.flag("causal"));
    assertGolden(out.o(), g.get("out_0"), g.name() + " O");
    assertGolden(out.lse(), g.get("out_1"), g.name() + " L");
  }

  /** Every tiling, including ones that do not divide T, equals attention on the whole matrix. */
  @ParameterizedTest(name = "T={0} block={1} causal={2}")
  @CsvSource({
    "37, 1, true", "37, 8, true", "37, 8, false", "37, 16, true", "37, 37, true",
    "37, 64, false", "1, 4, true", "1, 1, false", "20, 3, false", "20, 7, true"
  })
  void everyTilingEqualsDenseAttention(int t, int blockSize, boolean causal) {
    Rng rng = new Rng(7L * t + blockSize);
    double[][][][] q = quad(rng.normal(1.0, 2, 2, t, 8));
    double[][][][] k = quad(rng.normal(1.0, 2, 2, t, 8));
    double[][][][] v = quad(rng.normal(1.0, 2, 2, t, 8));
    assertMatchesDense(FlashAttention.forward(q, k, v, blockSize, causal), q, k, v, causal);
  }

  /** Scores near 4000 overflow exp(); the running maximum keeps every exponent <= 0. */
  @ParameterizedTest(name = "causal={0}")
  @CsvSource({"true", "false"})
  void survivesScoresThatOverflowANaiveExponential(boolean causal) {
    Rng rng = new Rng(11);
    double[][][][] q = quad(rng.normal(25.0, 1, 2, 19, 4));
    double[][][][] k = quad(rng.normal(25.0, 1, 2, 19, 4));
    double[][][][] v = quad(rng.normal(1.0, 1, 2, 19, 4));
    FlashAttention.Output out = FlashAttention.forward(q, k, v, 4, causal);
    assertThat(NestedArrays.fromNested(out.lse()).toDoubleArray())
        .as("every entry finite")
        .matches(a -> java.util.Arrays.stream(a).allMatch(Double::isFinite));
    assertMatchesDense(out, q, k, v, causal);
  }

  private static void assertMatchesDense(
      FlashAttention.Output out,
      double[][][][] q,
      double[][][][] k,
      double[][][][] v,
      boolean causal) {
    Dense dense = Dense.of(q, k, v, causal);
    assertGolden(out.o(), NestedArrays.fromNested(dense.o), "O");
    assertGolden(out.lse(), NestedArrays.fromNested(dense.lse), "L");
  }

  private static double[][][][] quad(NdArray a) {
    return (double[][][][]) NestedArrays.toNested(a, double[][][][].class);
  }

  /**
   * The oracle: the whole (T, T) score matrix of each head, a two-pass softmax per row, and the
   * log-sum-exp from the same row.
   */
  private static final class Dense {
    private final double[][][][] o;
    private final double[][][] lse;

    private Dense(double[][][][] o, double[][][] lse) {
      this.o = o;
      this.lse = lse;
    }

    static Dense of(double[][][][] q, double[][][][] k, double[][][][] v, boolean causal) {
      int b = q.length;
      int h = q[0].length;
      int t = q[0][0].length;
      int d = q[0][0][0].length;
      double[][][][] o = new double[b][h][t][d];
      double[][][] lse = new double[b][h][t];
      for (int x = 0; x < b; x++) {
        for (int y = 0; y < h; y++) {
          for (int i = 0; i < t; i++) {
            double[] s = new double[t];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < t; j++) {
              double dot = 0;
              for (int c = 0; c < d; c++) {
                dot += q[x][y][i][c] * k[x][y][j][c];
              }
              s[j] = causal && j > i ? Double.NEGATIVE_INFINITY : dot / Math.sqrt(d);
              max = Math.max(max, s[j]);
            }
            double sum = 0;
            for (int j = 0; j < t; j++) {
              s[j] = Math.exp(s[j] - max);
              sum += s[j];
            }
            for (int j = 0; j < t; j++) {
              for (int c = 0; c < d; c++) {
                o[x][y][i][c] += s[j] / sum * v[x][y][j][c];
              }
            }
            lse[x][y][i] = max + Math.log(sum);
          }
        }
      }
      return new Dense(o, lse);
    }
  }
}
