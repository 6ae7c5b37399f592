import java.util.LinkedHashMap;
import java.util.Map;

/** Wrong answer (Java): int parameters, so every product is computed in 32 bits and wraps. */
public class Solution {
  public static Map<String, Long> attentionCost(int batch, int seqLen, int dModel, int nHeads) {
    long proj = 2 * batch * seqLen * dModel * dModel;
    long attn = 2 * batch * seqLen * seqLen * dModel;
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("qkv_flops", 3 * proj);
    out.put("score_flops", attn);
    out.put("mix_flops", attn);
    out.put("out_flops", proj);
    out.put("total_flops", 4 * proj + 2 * attn);
    out.put("score_elements", (long) batch * nHeads * seqLen * seqLen);
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
