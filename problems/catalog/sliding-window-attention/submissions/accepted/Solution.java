import java.util.Arrays;

/**
 * Accepted: for each query, list the keys it may see (its window, the global keys outside it,
 * or everything for a global query), then a max-subtracted softmax over those keys only.
 */
public class Solution {
  public static double[][][] slidingWindowAttention(
      double[][][] Q, double[][][] K, double[][][] V, int window, boolean causal, int[] globalTokens) {
    int[] globals = Arrays.stream(globalTokens).distinct().sorted().toArray();
    double[][][] out = new double[Q.length][][];
    for (int b = 0; b < Q.length; b++) {
      int t = Q[b].length;
      boolean[] isGlobal = new boolean[t];
      for (int g : globals) {
        isGlobal[g] = true;
      }
      out[b] = new double[t][];
      for (int i = 0; i < t; i++) {
        int last = causal ? i : t - 1;
        int[] keys = isGlobal[i] ? all(last) : windowAndGlobals(i, window, last, globals);
        out[b][i] = softmaxMix(Q[b][i], K[b], V[b], keys);
      }
    }
    return out;
  }

  private static int[] all(int last) {
    int[] keys = new int[last + 1];
    Arrays.setAll(keys, j -> j);
    return keys;
  }

  private static int[] windowAndGlobals(int i, int window, int last, int[] globals) {
    int lo = Math.max(0, i - window);
    int hi = (int) Math.min(last, (long) i + window);
    int[] keys = new int[hi - lo + 1 + globals.length];
    int n = 0;
    for (int j = lo; j <= hi; j++) {
      keys[n++] = j;
    }
    for (int g : globals) {
      if ((g < lo || g > hi) && g <= last) {
        keys[n++] = g;
      }
    }
    return Arrays.copyOf(keys, n);
  }

  private static double[] softmaxMix(double[] q, double[][] k, double[][] v, int[] keys) {
    double[] s = new double[keys.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < keys.length; n++) {
      double dot = 0;
      for (int c = 0; c < q.length; c++) {
        dot += q[c] * k[keys[n]][c];
      }
      s[n] = dot / Math.sqrt(q.length);
      max = Math.max(max, s[n]);
    }
    double[] out = new double[v[0].length];
    double sum = 0;
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
