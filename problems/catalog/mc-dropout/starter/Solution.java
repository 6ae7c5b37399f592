public class Solution {
  /** Predictive mean and variance, each (N, O); an Object[] {mean, var} is accepted too. */
  public record Prediction(double[][] mean, double[][] var) {}

  /**
   * Mean and population variance of S dropout passes through relu(x W1 + b1) W2 + b2.
   *
   * @param x (N, D)
   * @param W1 (D, H)
   * @param W2 (H, O)
   * @param masks (S, N, H) of 0/1, 1 keeps a hidden unit
   * @param p the drop probability, in [0, 1)
   */
  public static Prediction mcDropoutPredict(
      double[][] x,
      double[][] W1,
      double[] b1,
      double[][] W2,
      double[] b2,
      double[][][] masks,
      double p) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
