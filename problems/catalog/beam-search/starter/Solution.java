import java.util.List;

public class Solution {
  /** One returned hypothesis: its tokens (ending with EOS when it finished) and final score. */
  public record Beam(int[] tokens, double score) {}

  /**
   * Beam search over a bigram model.
   *
   * @param startLogp (V) log-probability of each first token
   * @param transLogp (V, V), transLogp[prev][next]
   * @param eosId the end-of-sequence token
   * @param beamWidth K >= 1
   * @param maxLen at most this many tokens per hypothesis
   * @param lengthPenalty final score = summed log-prob / length ^ lengthPenalty
   * @return at most K hypotheses, best first (pairs {@code new Object[] {int[] tokens, Double
   *     score}} are accepted too, in a {@code List<Object[]>} or an {@code Object[][]})
   */
  public static List<Beam> beamSearch(
      double[] startLogp, double[][] transLogp, int eosId, int beamWidth, int maxLen,
      double lengthPenalty) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
