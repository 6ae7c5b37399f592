package dev.allclose.reference.positional;

import dev.allclose.numeric.NdArray;

/**
 * Rotary position embedding (RoPE): rotates pairs of features of each position by angles that grow
 * linearly with the position.
 *
 * <p>Source: J. Su, M. Ahmed, Y. Lu, S. Pan, W. Bo and Y. Liu, "RoFormer: Enhanced Transformer with
 * Rotary Position Embedding", Neurocomputing 568, 2024 (arXiv:2104.09864, 2021), section 3.4, eqs.
 * 14-16. For x of shape (..., T, D) with D even, a position p and pair index i in [0, D/2):
 *
 * <pre>
 *   inv_freq_i = base^(-2i / D)                                  (eq. 15, theta_i)
 *   angle      = p * inv_freq_i
 *   (y_a, y_b) = (x_a cos(angle) - x_b sin(angle),
 *                 x_b cos(angle) + x_a sin(angle))               (eq. 16, a 2-d rotation)
 * </pre>
 *
 * The pair (a, b) is (i, i + D/2) in the half-split layout of Llama and of transformers' {@code
 * apply_rotary_pos_emb} (the default), and (2i, 2i + 1) in the interleaved layout of the RoFormer
 * paper. Every leading axis (batch, heads) is treated alike; {@code positions[t]} is the position
 * of row t of the T axis and need not be contiguous.
 *
 * <p>Cost: T * D/2 sines and cosines, then 6 flops per pair and row, O(size of x) in all. Stateless
 * and thread-safe.
 */
public final class RotaryEmbedding {
  private RotaryEmbedding() {}

  /** The D/2 rotation frequencies {@code base^(-2i/D)}, eq. 15. */
  public static double[] inverseFrequencies(int d, double base) {
    double[] inv = new double[d / 2];
    for (int i = 0; i < inv.length; i++) {
      inv[i] = Math.pow(base, -2.0 * i / d);
    }
    return inv;
  }

  /**
   * Applies RoPE to {@code x} of shape (..., T, D), rank at least 2, with {@code positions} of
   * length T. Returns a new float64 array of the same shape.
   */
  public static NdArray apply(NdArray x, long[] positions, double base, boolean interleaved) {
    int[] shape = x.shape();
    if (shape.length < 2) {
      throw new IllegalArgumentException("x must have shape (..., T, D)");
    }
    int t = shape[shape.length - 2];
    int d = shape[shape.length - 1];
    if (d % 2 != 0 || positions.length != t) {
      throw new IllegalArgumentException(
          "D=" + d + " must be even and positions must have length T=" + t);
    }
    double[][] cos = new double[t][d / 2];
    double[][] sin = new double[t][d / 2];
    angles(positions, inverseFrequencies(d, base), cos, sin);
    double[] in = x.toDoubleArray();
    double[] out = new double[in.length];
    for (int row = 0; row < in.length / Math.max(d, 1); row++) {
      int p = row % t;
      rotateRow(in, out, row * d, d, cos[p], sin[p], interleaved);
    }
    return NdArray.ofDoubles(out, shape);
  }

  private static void angles(long[] positions, double[] inv, double[][] cos, double[][] sin) {
    for (int p = 0; p < positions.length; p++) {
      for (int i = 0; i < inv.length; i++) {
        double angle = positions[p] * inv[i];
        cos[p][i] = Math.cos(angle);
        sin[p][i] = Math.sin(angle);
      }
    }
  }

  /** Eq. 16 on one row of D features starting at {@code off}. */
  private static void rotateRow(
      double[] in, double[] out, int off, int d, double[] cos, double[] sin, boolean interleaved) {
    int half = d / 2;
    for (int i = 0; i < half; i++) {
      int a = off + (interleaved ? 2 * i : i);
      int b = off + (interleaved ? 2 * i + 1 : i + half);
      out[a] = in[a] * cos[i] - in[b] * sin[i];
      out[b] = in[b] * cos[i] + in[a] * sin[i];
    }
  }
}
