public class Solution {
  /**
   * Projected SGD on f(x) = x'Ax/2 - b'x over the ball |x| <= radius.
   *
   * @param x0 (d)
   * @param A (d, d)
   * @param b (d)
   * @param noise (T, d); row t is added to the gradient at step t
   * @return {@code new Object[] {iterates, xAvg}}: iterates (T + 1, d) with row 0 = x0, xAvg (d)
   *     the mean of rows 0..T-1 (a record of the two arrays in that order also works)
   */
  public static Object[] projectedSgd(
      double[] x0, double[][] A, double[] b, double[][] noise, double lr, double radius) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** D * G / sqrt(T). */
  public static double sgdBound(double D, double G, int T) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
