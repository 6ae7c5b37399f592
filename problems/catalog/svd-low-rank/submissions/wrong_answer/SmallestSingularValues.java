import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;

/** Wrong answer (Java): keeps the last k singular triplets of EJML's sorted SVD, the smallest. */
public class Solution {
  public static double[][] bestRankK(double[][] A, int k) {
    SimpleSVD<SimpleMatrix> svd = new SimpleMatrix(A).svd(true);
    int p = Math.min(A.length, A[0].length);
    double[][] out = new double[A.length][A[0].length];
    for (int i = p - k; i < p; i++) {
      for (int r = 0; r < out.length; r++) {
        for (int c = 0; c < out[0].length; c++) {
          out[r][c] += svd.getW().get(i, i) * svd.getU().get(r, i) * svd.getV().get(c, i);
        }
      }
    }
    return out;
  }

  public static double rankKError(double[][] A, int k) {
    double[] s = new SimpleMatrix(A).svd(true).getSingularValues();
    double sum = 0;
    for (int i = 0; i < s.length - k; i++) {
      sum += s[i] * s[i];
    }
    return Math.sqrt(sum);
  }
}
