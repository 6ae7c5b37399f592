import java.util.LinkedHashMap;
import java.util.Map;

/** Wrong answer (Java): score and mix products counted at the full width D for every head. */
public class Solution {
  public static Map<String, Long> attentionCost(long batch, long seqLen, long dModel, long nHeads) {
    long proj = 2 * batch * seqLen * dModel * dModel;
    long attn = 2 * batch * nHeads * seqLen * seqLen * dModel;
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("qkv_flops", 3 * proj);
    out.put("score_flops", attn);
    out.put("mix_flops", attn);
    out.put("out_flops", proj);
    out.put("total_flops", 4 * proj + 2 * attn);
    out.put("score_elements", batch * nHeads * seqLen * seqLen);
    return out;
  }

  public static long maxSeqLen(long memoryBytes, long batch, long nHeads, long bytesPerElement) {
    long q = memoryBytes / (batch * nHeads * bytesPerElement);
    long t = (long) Math.sqrt((double) q);
    while (t > 0 && t > q / t) {
      t--;
    }
    while (t + 1 <= q / (t + 1)) {
      t++;
    }
    return t;
  }
}
