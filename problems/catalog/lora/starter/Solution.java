public class Solution {
  /** The two adapter gradients returned by {@link #loraBackward}: dA (r, d_in), dB (d_out, r). */
  public record Grads(double[][] dA, double[][] dB) {}

  /**
   * Adapted linear layer y = x W^T + b + (alpha / r) (x A^T) B^T.
   *
   * @param x (N, d_in)
   * @param W (d_out, d_in), frozen
   * @param b (d_out)
   * @param A (r, d_in); the rank r is A.length
   * @param B (d_out, r)
   * @return y, (N, d_out)
   */
  public static double[][] loraForward(
      double[][] x, double[][] W, double[] b, double[][] A, double[][] B, double alpha) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The single weight W + (alpha / r) B A, (d_out, d_in). */
  public static double[][] loraMerge(double[][] W, double[][] A, double[][] B, double alpha) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Gradients of the loss with respect to A and B, given gradY = dLoss/dy (N, d_out). */
  public static Grads loraBackward(
      double[][] x, double[][] A, double[][] B, double alpha, double[][] gradY) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
