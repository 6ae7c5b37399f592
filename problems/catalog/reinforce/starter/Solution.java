public class Solution {
  /**
   * One REINFORCE update of the linear softmax policy pi(.|s) = softmax(s theta).
   *
   * @param theta (F, A) policy parameters
   * @param states (T, F) the states of one episode
   * @param actions (T) actions taken, in [0, A); int[] is accepted too
   * @param rewards (T) rewards received
   * @param baseline subtract the mean of the returns when true (the Python default)
   * @return Object[] {returns (double[T]), grad (double[F][A]), newTheta (double[F][A])}, or a
   *     record with these three components in this order
   */
  public static Object[] reinforceStep(
      double[][] theta, double[][] states, long[] actions, double[] rewards, double gamma,
      double lr, boolean baseline) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
