public class Solution {
  /** The result of training; an Object[] {w, b, mistakesPerEpoch} is accepted too. */
  public record Training(double[] w, double b, int[] mistakesPerEpoch) {}

  /**
   * The online perceptron with a bias, from w = 0 and b = 0. Each epoch visits the samples in the
   * given order; a sample with y[i] (w . X[i] + b) <= 0 is a mistake and triggers w += y[i] X[i], b
   * += y[i]. Stops after the first epoch with no mistake (its 0 is recorded) or after maxEpochs.
   *
   * @param X N samples of D features
   * @param y N labels, each -1 or +1
   * @param maxEpochs at least 1
   * @return w (length D), b, and the mistakes of each epoch run
   */
  public static Training perceptronTrain(double[][] X, long[] y, int maxEpochs) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Novikoff's bound (R / gamma)^2 on the augmented vectors (x, 1) and (wStar, bStar): R = max ||(x_i,
   * 1)||, gamma = min y_i (wStar . x_i + bStar) / ||(wStar, bStar)||.
   *
   * @return the bound, or Double.POSITIVE_INFINITY when min y_i (wStar . x_i + bStar) <= 0
   */
  public static double mistakeBound(double[][] X, long[] y, double[] wStar, double bStar) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
