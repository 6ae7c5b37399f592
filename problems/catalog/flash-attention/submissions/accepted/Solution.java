/**
 * Accepted: per head, each query block keeps a running maximum, normaliser and unnormalised output
 * per row, and folds in one (block x block) score tile at a time. Returns {O, L}.
 */
public class Solution {
  public static Object[] flashAttention(
      double[][][][] Q, double[][][][] K, double[][][][] V, int blockSize, boolean causal) {
    int b = Q.length;
    int h = Q[0].length;
    int t = Q[0][0].length;
    double[][][][] out = new double[b][h][t][];
    double[][][] lse = new double[b][h][t];
    for (int i = 0; i < b; i++) {
      for (int j = 0; j < h; j++) {
        head(Q[i][j], K[i][j], V[i][j], blockSize, causal, out[i][j], lse[i][j]);
      }
    }
    return new Object[] {out, lse};
  }

  private static void head(
      double[][] q, double[][] k, double[][] v, int bs, boolean causal, double[][] out, double[] lse) {
    int t = q.length;
    int dv = v[0].length;
    double scale = 1.0 / Math.sqrt(q[0].length);
    double[][] s = new double[bs][bs];
    double[] m = new double[bs];
    double[] l = new double[bs];
    double[][] acc = new double[bs][dv];
    for (int qs = 0; qs < t; qs += bs) {
      int rows = Math.min(bs, t - qs);
      for (int r = 0; r < rows; r++) {
        m[r] = Double.NEGATIVE_INFINITY;
        l[r] = 0;
        java.util.Arrays.fill(acc[r], 0);
      }
      int keyEnd = causal ? qs + rows : t;
      for (int ks = 0; ks < keyEnd; ks += bs) {
        int cols = Math.min(bs, t - ks);
        for (int r = 0; r < rows; r++) {
          double tileMax = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < cols; c++) {
            if (causal && ks + c > qs + r) {
              s[r][c] = Double.NEGATIVE_INFINITY;
            } else {
              double dot = 0;
              for (int x = 0; x < q[0].length; x++) {
                dot += q[qs + r][x] * k[ks + c][x];
              }
              s[r][c] = dot * scale;
            }
            tileMax = Math.max(tileMax, s[r][c]);
          }
          double mNew = Math.max(m[r], tileMax);
          if (mNew == Double.NEGATIVE_INFINITY) {
            continue; // nothing visible yet in this row
          }
          double correction = Math.exp(m[r] - mNew);
          l[r] *= correction;
          for (int x = 0; x < dv; x++) {
            acc[r][x] *= correction;
          }
          for (int c = 0; c < cols; c++) {
            double p = Math.exp(s[r][c] - mNew);
            l[r] += p;
            for (int x = 0; x < dv; x++) {
              acc[r][x] += p * v[ks + c][x];
            }
          }
          m[r] = mNew;
        }
      }
      for (int r = 0; r < rows; r++) {
        out[qs + r] = new double[dv];
        for (int x = 0; x < dv; x++) {
          out[qs + r][x] = acc[r][x] / l[r];
        }
        lse[qs + r] = m[r] + Math.log(l[r]);
      }
    }
  }
}
