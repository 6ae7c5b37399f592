package dev.allclose.reference.attention;

import dev.allclose.numeric.Matrices;
import java.util.Arrays;

/**
 * Sliding-window softmax attention with symmetric global tokens, gathering each query's visible
 * keys instead of masking a T x T score matrix.
 *
 * <p>Source: I. Beltagy, M. E. Peters and A. Cohan, "Longformer: The Long-Document Transformer",
 * arXiv:2004.05150, 2020: the attention pattern (sliding window and global attention; global
 * attention is made symmetric: a global token attends to every token and every token attends to
 * it). Allclose conventions: {@code window} is the reach on each side (the paper's window w spans
 * w/2 on each side), one set of Q, K, V serves local and global attention (the paper gives global
 * attention its own projections), and {@code causal} additionally hides every key j > i from query
 * i, global queries included.
 *
 * <p>For one sequence with Q, K, V of shape (T, d) and G the set of global positions:
 *
 * <pre>
 *   visible(i, j) = (|i - j| <= window  or  i in G  or  j in G)  and  (j <= i if causal)
 *   s_ij          = q_i . k_j / sqrt(d)                         for visible j
 *   out_i         = sum_j softmax_j(s_ij) v_j                  (max subtracted first)
 * </pre>
 *
 * Every row sees at least its own key (|i - i| = 0), so no row is empty. {@code global_tokens} is
 * read as a set: order and repetition do not matter.
 *
 * <p>Cost per sequence: O(T (2 window + 1 + |G|) d) for the ordinary rows plus O(|G| T d) for the
 * global rows; extra memory O(T + window + |G|) besides the O(T d) output. Stateless and
 * thread-safe.
 */
public final class SlidingWindowAttention {
  private SlidingWindowAttention() {}

  /**
   * @param q (B, T, d) queries, likewise {@code k} and {@code v}
   * @param window keys within this distance of the query are visible; at least 0
   * @param causal when true, keys after the query are hidden from every query
   * @param globalTokens positions in [0, T) that see and are seen by every position; may repeat
   * @return (B, T, d)
   */
  public static double[][][] forward(
      double[][][] q,
      double[][][] k,
      double[][][] v,
      int window,
      boolean causal,
      int[] globalTokens) {
    if (window < 0) {
      throw new IllegalArgumentException("window must be at least 0, got " + window);
    }
    double[][][] out = new double[q.length][][];
    for (int b = 0; b < q.length; b++) {
      Pattern pattern = Pattern.of(q[b].length, window, causal, globalTokens);
      out[b] = new double[q[b].length][];
      for (int i = 0; i < q[b].length; i++) {
        out[b][i] = attend(q[b][i], k[b], v[b], pattern.keysOf(i));
      }
    }
    return out;
  }

  /**
   * Which keys each query sees: its window, clipped to the sequence (and to j <= i when causal),
   * the global keys outside the window, or every key for a global query.
   */
  private static final class Pattern {
    private final int t;
    private final int window;
    private final boolean causal;
    private final boolean[] isGlobal;
    private final int[] globals;

    private Pattern(int t, int window, boolean causal, boolean[] isGlobal, int[] globals) {
      this.t = t;
      this.window = window;
      this.causal = causal;
      this.isGlobal = isGlobal;
      this.globals = globals;
    }

    static Pattern of(int t, int window, boolean causal, int[] globalTokens) {
      boolean[] isGlobal = new boolean[t];
      for (int g : globalTokens) {
        if (g < 0 || g >= t) {
          throw new IllegalArgumentException("global token " + g + " is outside [0, " + t + ")");
        }
        isGlobal[g] = true;
      }
      int[] globals = Arrays.stream(globalTokens).distinct().sorted().toArray();
      return new Pattern(t, window, causal, isGlobal, globals);
    }

    int[] keysOf(int i) {
      int last = causal ? i : t - 1;
      if (isGlobal[i]) {
        return range(0, last);
      }
      int from = Math.max(0, i - window);
      int to = (int) Math.min(last, (long) i + window);
      int[] keys = new int[to - from + 1 + globals.length];
      int n = 0;
      for (int j = from; j <= to; j++) {
        keys[n++] = j;
      }
      for (int g : globals) {
        if ((g < from || g > to) && g <= last) {
          keys[n++] = g; // a global key inside the window is already there: count it once
        }
      }
      return Arrays.copyOf(keys, n);
    }

    private static int[] range(int from, int to) {
      int[] keys = new int[to - from + 1];
      for (int j = from; j <= to; j++) {
        keys[j - from] = j;
      }
      return keys;
    }
  }

  /** One query row: scaled scores over its keys, softmax with the maximum subtracted, mix. */
  private static double[] attend(double[] query, double[][] k, double[][] v, int[] keys) {
    double scale = 1.0 / Math.sqrt(query.length);
    double[] s = new double[keys.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < keys.length; n++) {
      s[n] = Matrices.dot(query, k[keys[n]]) * scale;
      max = Math.max(max, s[n]);
    }
    double sum = 0;
    double[] out = new double[v[0].length];
    for (int n = 0; n < keys.length; n++) {
      double p = Math.exp(s[n] - max);
      sum += p;
      for (int c = 0; c < out.length; c++) {
        out[c] += p * v[keys[n]][c];
      }
    }
    for (int c = 0; c < out.length; c++) {
      out[c] /= sum;
    }
    return out;
  }
}
