/** Wrong answer (Java): the frequencies use base^(-i/D) instead of base^(-2i/D). */
public class Solution {
  public static double[][][][] applyRope(
      double[][][][] x, long[] positions, double base, boolean interleaved) {
    int d = x[0][0][0].length;
    int half = d / 2;
    double[][][][] out = new double[x.length][][][];
    for (int b = 0; b < x.length; b++) {
      out[b] = new double[x[b].length][positions.length][d];
      for (int h = 0; h < x[b].length; h++) {
        for (int p = 0; p < positions.length; p++) {
          for (int i = 0; i < half; i++) {
            double angle = positions[p] * Math.pow(base, -(double) i / d);
            int a = interleaved ? 2 * i : i;
            int c = interleaved ? 2 * i + 1 : i + half;
            double[] in = x[b][h][p];
            out[b][h][p][a] = in[a] * Math.cos(angle) - in[c] * Math.sin(angle);
            out[b][h][p][c] = in[c] * Math.cos(angle) + in[a] * Math.sin(angle);
          }
        }
      }
    }
    return out;
  }
}
