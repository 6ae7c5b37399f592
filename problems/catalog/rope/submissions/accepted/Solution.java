/** Accepted: a (T, D/2) table of cosines and sines, then one 2-d rotation per pair and row. */
public class Solution {
  public static double[][][][] applyRope(
      double[][][][] x, long[] positions, double base, boolean interleaved) {
    int t = positions.length;
    int d = x[0][0][0].length;
    int half = d / 2;
    double[][] cos = new double[t][half];
    double[][] sin = new double[t][half];
    for (int p = 0; p < t; p++) {
      for (int i = 0; i < half; i++) {
        double angle = positions[p] * Math.pow(base, -2.0 * i / d);
        cos[p][i] = Math.cos(angle);
        sin[p][i] = Math.sin(angle);
      }
    }
    double[][][][] out = new double[x.length][][][];
    for (int b = 0; b < x.length; b++) {
      out[b] = new double[x[b].length][t][d];
      for (int h = 0; h < x[b].length; h++) {
        for (int p = 0; p < t; p++) {
          double[] in = x[b][h][p];
          double[] o = out[b][h][p];
          for (int i = 0; i < half; i++) {
            int a = interleaved ? 2 * i : i;
            int c = interleaved ? 2 * i + 1 : i + half;
            o[a] = in[a] * cos[p][i] - in[c] * sin[p][i];
            o[c] = in[c] * cos[p][i] + in[a] * sin[p][i];
          }
        }
      }
    }
    return out;
  }
}
