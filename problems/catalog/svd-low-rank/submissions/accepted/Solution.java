import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;

/** Accepted: EJML's SVD (SimpleMatrix sorts the singular values in descending order). */
public class Solution {
  public static double[][] bestRankK(double[][] A, int k) {
    SimpleSVD<SimpleMatrix> svd = new SimpleMatrix(A).svd(true);
    SimpleMatrix u = svd.getU();
    SimpleMatrix w = svd.getW();
    SimpleMatrix v = svd.getV();
    double[][] out = new double[A.length][A[0].length];
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < out.length; r++) {
        for (int c = 0; c < out[0].length; c++) {
          out[r][c] += w.get(i, i) * u.get(r, i) * v.get(c, i);
        }
      }
    }
    return out;
  }

  public static double rankKError(double[][] A, int k) {
    double[] s = new SimpleMatrix(A).svd(true).getSingularValues();
    double sum = 0;
    for (int i = k; i < s.length; i++) {
      sum += s[i] * s[i];
    }
    return Math.sqrt(sum);
  }
}
