package dev.allclose.reference.positional;

import static dev.allclose.reference.Tolerances.GOLDEN_ATOL;
import static dev.allclose.reference.Tolerances.GOLDEN_RTOL;
import static dev.allclose.reference.Tolerances.assertAllClose;
import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RotaryEmbeddingTest {

  static List<Golden> golden() {
    return GoldenCases.of("rope");
  }

  /**
   * transformers' Llama {@code apply_rotary_pos_emb} (half-split) and a complex multiplication by
   * {@code exp(i * angle)} in PyTorch (interleaved) are the oracle; the cases have ranks 2 to 4.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void agreesWithTransformersAndComplexRotation(Golden g) {
    NdArray out =
        RotaryEmbedding.apply(
            g.get("x"), g.get("positions").toLongArray(), g.scalar("base"), g.flag("interleaved"));
    assertGolden(out, g.get("out_0"), g.name());
  }

  /** Brute force: multiply each row by the full D x D block-rotation matrix of its position. */
  @ParameterizedTest(name = "interleaved={0}")
  @ValueSource(booleans = {false, true})
  void equalsMultiplicationByTheRotationMatrix(boolean interleaved) {
    Rng rng = new Rng(11);
    int t = 5;
    int d = 10;
    NdArray x = rng.normal(1.0, 2, t, d);
    long[] positions = {0, 3, 7, 100, 4096};
    double[] out = RotaryEmbedding.apply(x, positions, 10000.0, interleaved).toDoubleArray();
    double[] in = x.toDoubleArray();
    double[] expected = new double[in.length];
    for (int row = 0; row < 2 * t; row++) {
      double[][] r = rotationMatrix(positions[row % t], d, 10000.0, interleaved);
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          expected[row * d + a] += r[a][b] * in[row * d + b];
        }
      }
    }
    assertAllClose(
        NdArray.ofDoubles(out, 2, t, d),
        NdArray.ofDoubles(expected, 2, t, d),
        GOLDEN_RTOL,
        GOLDEN_ATOL,
        "R(p) x");
  }

  @ParameterizedTest(name = "interleaved={0}")
  @ValueSource(booleans = {false, true})
  void preservesTheNormOfEveryRow(boolean interleaved) {
    Rng rng = new Rng(12);
    int d = 16;
    NdArray x = rng.normal(3.0, 6, d);
    long[] positions = {0, 1, 17, 500, 65_535, 123_456};
    double[] out = RotaryEmbedding.apply(x, positions, 500_000.0, interleaved).toDoubleArray();
    double[] in = x.toDoubleArray();
    for (int row = 0; row < positions.length; row++) {
      assertThat(norm(out, row * d, d)).isCloseTo(norm(in, row * d, d), within(1e-9));
    }
  }

  /** RoFormer eq. 16: the score of R(m) q against R(n) k depends on m - n only. */
  @ParameterizedTest(name = "interleaved={0}")
  @ValueSource(booleans = {false, true})
  void scoresDependOnTheRelativePositionOnly(boolean interleaved) {
    Rng rng = new Rng(13);
    int d = 12;
    NdArray q = rng.normal(1.0, 1, d);
    NdArray k = rng.normal(1.0, 1, d);
    long m = 9;
    long n = 4;
    double reference = score(q, k, m, n, interleaved);
    for (long shift : new long[] {1, 37, 1000, 20_000}) {
      assertAllClose(
          NdArray.scalar(score(q, k, m + shift, n + shift, interleaved)),
          NdArray.scalar(reference),
          GOLDEN_RTOL,
          GOLDEN_ATOL,
          "shift " + shift);
    }
    assertThat(Math.abs(score(q, k, m + 1, n, interleaved) - reference)).isGreaterThan(1e-3);
  }

  @Test
  void positionZeroIsTheIdentity() {
    NdArray x = new Rng(14).normal(1.0, 3, 1, 8);
    assertGolden(RotaryEmbedding.apply(x, new long[] {0}, 10000.0, false), x, "p = 0");
  }

  @Test
  void bothLayoutsAgreeWhenThereIsOnePair() {
    NdArray x = new Rng(15).normal(1.0, 2, 4, 2);
    long[] positions = {5, 0, 31, 2};
    assertGolden(
        RotaryEmbedding.apply(x, positions, 100.0, true),
        RotaryEmbedding.apply(x, positions, 100.0, false),
        "D = 2");
  }

  @Test
  void frequenciesUseTheExponentTwoIOverD() {
    double[] inv = RotaryEmbedding.inverseFrequencies(8, 10000.0);
    assertAllClose(
        NdArray.ofDoubles(inv, 4),
        NdArray.ofDoubles(new double[] {1.0, 0.1, 0.01, 0.001}, 4),
        GOLDEN_RTOL,
        GOLDEN_ATOL,
        "10000^(-2i/8)");
  }

  private static double score(NdArray q, NdArray k, long m, long n, boolean interleaved) {
    double[] rq = RotaryEmbedding.apply(q, new long[] {m}, 10000.0, interleaved).toDoubleArray();
    double[] rk = RotaryEmbedding.apply(k, new long[] {n}, 10000.0, interleaved).toDoubleArray();
    double dot = 0;
    for (int i = 0; i < rq.length; i++) {
      dot += rq[i] * rk[i];
    }
    return dot;
  }

  private static double[][] rotationMatrix(long p, int d, double base, boolean interleaved) {
    double[][] r = new double[d][d];
    for (int i = 0; i < d / 2; i++) {
      double angle = p * Math.pow(base, -2.0 * i / d);
      int a = interleaved ? 2 * i : i;
      int b = interleaved ? 2 * i + 1 : i + d / 2;
      r[a][a] = Math.cos(angle);
      r[a][b] = -Math.sin(angle);
      r[b][a] = Math.sin(angle);
      r[b][b] = Math.cos(angle);
    }
    return r;
  }

  private static double norm(double[] v, int off, int len) {
    double s = 0;
    for (int i = off; i < off + len; i++) {
      s += v[i] * v[i];
    }
    return Math.sqrt(s);
  }
}
