import java.util.Map;

public class Solution {
  /**
   * Exact flop counts of one multi-head self-attention forward pass.
   *
   * @return a map from "qkv_flops", "score_flops", "mix_flops", "out_flops", "total_flops" and
   *     "score_elements" to their counts
   */
  public static Map<String, Long> attentionCost(long batch, long seqLen, long dModel, long nHeads) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The largest T >= 0 with batch * nHeads * T * T * bytesPerElement <= memoryBytes. */
  public static long maxSeqLen(long memoryBytes, long batch, long nHeads, long bytesPerElement) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
