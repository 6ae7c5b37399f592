package dev.allclose.reference.attention;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact floating-point operation counts of a multi-head self-attention forward pass, and the
 * longest sequence whose score matrices fit in a memory budget.
 *
 * <p>Source: A. Vaswani et al., "Attention Is All You Need", NeurIPS 2017, section 3.2 and table 1
 * (a self-attention layer costs O(n^2 d)). Counting convention of the Allclose contract: a product
 * of an (m, k) and a (k, n) matrix costs 2 m k n (one multiply and one add per term); nothing else
 * is counted. Layout of {@link MultiHeadAttention}: batch B, sequence T, width D, H heads of width
 * d_k = D / H.
 *
 * <pre>
 *   qkv   = 3 x B x [ (T, D) @ (D, D) ]        = 6 B T D^2
 *   score = B x H x [ (T, d_k) @ (d_k, T) ]    = 2 B H T^2 d_k = 2 B T^2 D
 *   mix   = B x H x [ (T, T) @ (T, d_k) ]      = 2 B T^2 D
 *   out   = B x [ (T, D) @ (D, D) ]            = 2 B T D^2
 *   total = 8 B T D^2 + 4 B T^2 D;   score elements = B H T^2
 * </pre>
 *
 * The softmax, the scaling by 1/sqrt(d_k) and the masking are not counted. All arithmetic is on
 * {@code long} with overflow checks: the counts of realistic models pass 2^31 long before they
 * approach 2^63. Stateless and thread-safe.
 */
public final class AttentionCost {
  /** The result names, in the contract's order. */
  public static final String QKV = "qkv_flops";

  public static final String SCORE = "score_flops";
  public static final String MIX = "mix_flops";
  public static final String OUT = "out_flops";
  public static final String TOTAL = "total_flops";
  public static final String SCORE_ELEMENTS = "score_elements";

  private AttentionCost() {}

  /**
   * The six counts, keyed by their contract names in order.
   *
   * @throws IllegalArgumentException when a size is negative, H is not positive or does not divide
   *     D
   * @throws ArithmeticException when a count does not fit in a long
   */
  public static Map<String, Long> attentionCost(long batch, long seqLen, long dModel, long nHeads) {
    if (batch < 0 || seqLen < 0 || dModel < 0 || nHeads <= 0 || dModel % nHeads != 0) {
      throw new IllegalArgumentException(
          "need batch, seq_len, d_model >= 0 and n_heads > 0 dividing d_model");
    }
    long dk = dModel / nHeads;
    long perToken = Math.multiplyExact(batch, seqLen);
    long projection = matmul(perToken, dModel, dModel);
    long perHead = Math.multiplyExact(batch, nHeads);
    long score = Math.multiplyExact(perHead, matmul(seqLen, dk, seqLen));
    long mix = Math.multiplyExact(perHead, matmul(seqLen, seqLen, dk));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(QKV, Math.multiplyExact(3, projection));
    counts.put(SCORE, score);
    counts.put(MIX, mix);
    counts.put(OUT, projection);
    counts.put(
        TOTAL,
        Math.addExact(Math.addExact(counts.get(QKV), score), Math.addExact(mix, projection)));
    counts.put(SCORE_ELEMENTS, Math.multiplyExact(perHead, Math.multiplyExact(seqLen, seqLen)));
    return counts;
  }

  /**
   * The largest T >= 0 with batch * nHeads * T^2 * bytesPerElement <= memoryBytes: floor(sqrt(q))
   * for q = floor(memoryBytes / (batch * nHeads * bytesPerElement)), in exact integer arithmetic (a
   * double square root is wrong by one near 2^63, where doubles are 1024 apart).
   */
  public static long maxSeqLen(long memoryBytes, long batch, long nHeads, long bytesPerElement) {
    if (memoryBytes < 0 || batch <= 0 || nHeads <= 0 || bytesPerElement <= 0) {
      throw new IllegalArgumentException(
          "need memory_bytes >= 0 and batch, n_heads, bytes_per_element > 0");
    }
    long perPosition;
    try {
      perPosition = Math.multiplyExact(Math.multiplyExact(batch, nHeads), bytesPerElement);
    } catch (ArithmeticException e) {
      return 0; // one score already needs more than any long can count
    }
    return isqrt(memoryBytes / perPosition);
  }

  /** floor(sqrt(q)) for q >= 0, exactly. */
  static long isqrt(long q) {
    long t = (long) Math.sqrt((double) q);
    while (t > 0 && t > q / t) {
      t--;
    }
    while (t + 1 <= q / (t + 1)) {
      t++;
    }
    return t;
  }

  /** 2 m k n, the cost of an (m, k) by (k, n) product. */
  private static long matmul(long m, long k, long n) {
    return Math.multiplyExact(2, Math.multiplyExact(m, Math.multiplyExact(k, n)));
  }
}
