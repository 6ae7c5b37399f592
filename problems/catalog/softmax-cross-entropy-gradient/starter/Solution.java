public class Solution {
  /** The mean loss and its gradient dloss/dlogits, (N, C). */
  public record Result(double loss, double[][] dlogits) {}

  /**
   * Mean softmax cross-entropy of the rows of logits against the labels, and its gradient.
   *
   * @param logits (N, C), possibly as large as 1e4 in magnitude
   * @param labels (N), 0-based class indices
   */
  public static Result softmaxCrossEntropy(double[][] logits, long[] labels) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
