public class Solution {
  /**
   * The in-batch softmax loss of a two-tower model: row b of d is the positive of query b, the
   * other rows are its negatives; rows are L2-normalised first when normalize is true, and the
   * logits are divided by the temperature.
   *
   * @return {loss (a Double), dq, dd}, the gradients with respect to the unnormalised q and d
   */
  public static Object[] inBatchSoftmaxLoss(
      double[][] q, double[][] d, double temperature, boolean normalize) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The fraction of queries whose relevant corpus document is among their k highest dot-product
   * scores, equal scores ranked by the lower index first.
   */
  public static double recallAtK(double[][] q, double[][] corpus, long[] relevant, int k) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
