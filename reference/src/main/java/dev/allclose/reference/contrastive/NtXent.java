package dev.allclose.reference.contrastive;

import dev.allclose.numeric.Matrices;
import java.util.Arrays;

/**
 * The NT-Xent (normalised temperature-scaled cross-entropy) loss of SimCLR and its gradient.
 *
 * <p>Source: T. Chen, S. Kornblith, M. Norouzi and G. Hinton, "A Simple Framework for Contrastive
 * Learning of Visual Representations", ICML 2020, section 2.1, eq. 1 and Algorithm 1.
 *
 * <p>For two views {@code z1, z2} of shape (N, D), stack them as {@code z = [z1; z2]} (2N rows, row
 * i and row i + N are a positive pair) and, with u_i = z_i / ||z_i||:
 *
 * <pre>
 *   s_ik = u_i . u_k / tau                                          (cosine similarity / tau)
 *   l_i  = -s_{i,p(i)} + log sum_{k != i} exp(s_ik),  p(i) = (i + N) mod 2N        (eq. 1)
 *   L    = (1 / 2N) sum_i l_i                                       (Algorithm 1: all 2N anchors)
 * </pre>
 *
 * The log-sum-exp subtracts the row maximum, so temperatures far below the cosine range (tau = 1e-3
 * puts s in [-1000, 1000]) never overflow.
 *
 * <p>Gradient: with P_ik the softmax of row i over k != i and G_ik = (P_ik - [k = p(i)]) / 2N (G_ii
 * = 0), dL/dU = (G + G^T) U / tau, and through the normalisation dL/dz_i = (g_i - u_i (u_i . g_i))
 * / ||z_i||, the component of g_i orthogonal to u_i, scaled by the inverse norm.
 *
 * <p>Cost: 8 N^2 D flops for the similarities and as many again for the gradient, O(N^2) memory.
 * Rows must be non-zero. Stateless and thread-safe.
 */
public final class NtXent {
  private NtXent() {}

  /** The two halves of dL/dz: {@code dz1} for the first view, {@code dz2} for the second. */
  public static final class Gradient {
    private final double[][] dz1;
    private final double[][] dz2;

    Gradient(double[][] dz1, double[][] dz2) {
      this.dz1 = dz1;
      this.dz2 = dz2;
    }

    public double[][] dz1() {
      return dz1;
    }

    public double[][] dz2() {
      return dz2;
    }
  }

  /** The mean NT-Xent loss over the 2N anchors (eq. 1). */
  public static double loss(double[][] z1, double[][] z2, double temperature) {
    Similarities s = Similarities.of(z1, z2, temperature);
    double total = 0;
    for (int i = 0; i < s.rows(); i++) {
      total += s.logSumExpWithoutSelf(i) - s.scaled[i][s.positive(i)];
    }
    return total / s.rows();
  }

  /** dL/dz1 and dL/dz2, through the row normalisation. */
  public static Gradient gradient(double[][] z1, double[][] z2, double temperature) {
    Similarities s = Similarities.of(z1, z2, temperature);
    double[][] g = s.logitGradient();
    double[][] symmetric = new double[s.rows()][s.rows()];
    for (int i = 0; i < s.rows(); i++) {
      for (int k = 0; k < s.rows(); k++) {
        symmetric[i][k] = (g[i][k] + g[k][i]) / temperature;
      }
    }
    double[][] du = Matrices.matmul(symmetric, s.unit);
    double[][] dz = new double[s.rows()][];
    for (int i = 0; i < s.rows(); i++) {
      dz[i] = throughNormalisation(du[i], s.unit[i], s.norms[i]);
    }
    int n = z1.length;
    return new Gradient(Arrays.copyOfRange(dz, 0, n), Arrays.copyOfRange(dz, n, 2 * n));
  }

  /** d/dz of a function of u = z / ||z||, given its gradient g in u: (g - u (u . g)) / ||z||. */
  private static double[] throughNormalisation(double[] g, double[] u, double norm) {
    double dot = 0;
    for (int c = 0; c < u.length; c++) {
      dot += u[c] * g[c];
    }
    double[] out = new double[u.length];
    for (int c = 0; c < u.length; c++) {
      out[c] = (g[c] - u[c] * dot) / norm;
    }
    return out;
  }

  /** The stacked unit rows, their original norms and the scaled similarities s_ik. */
  private static final class Similarities {
    final double[][] unit;
    final double[] norms;
    final double[][] scaled;

    private Similarities(double[][] unit, double[] norms, double[][] scaled) {
      this.unit = unit;
      this.norms = norms;
      this.scaled = scaled;
    }

    static Similarities of(double[][] z1, double[][] z2, double temperature) {
      if (z1.length != z2.length || z1.length == 0) {
        throw new IllegalArgumentException(
            "z1 and z2 need the same, non-zero number of rows: " + z1.length + ", " + z2.length);
      }
      int rows = 2 * z1.length;
      double[][] unit = new double[rows][];
      double[] norms = new double[rows];
      for (int i = 0; i < rows; i++) {
        double[] row = i < z1.length ? z1[i] : z2[i - z1.length];
        norms[i] = norm(row);
        unit[i] = new double[row.length];
        for (int c = 0; c < row.length; c++) {
          unit[i][c] = row[c] / norms[i];
        }
      }
      double[][] scaled = Matrices.matmul(unit, Matrices.transpose(unit));
      for (double[] row : scaled) {
        for (int k = 0; k < rows; k++) {
          row[k] /= temperature;
        }
      }
      return new Similarities(unit, norms, scaled);
    }

    private static double norm(double[] row) {
      double sq = 0;
      for (double v : row) {
        sq += v * v;
      }
      return Math.sqrt(sq);
    }

    int rows() {
      return unit.length;
    }

    int positive(int i) {
      return (i + rows() / 2) % rows();
    }

    /** log sum_{k != i} exp(s_ik), stabilised by the maximum over k != i. */
    double logSumExpWithoutSelf(int i) {
      double[] row = scaled[i].clone();
      row[i] = Double.NEGATIVE_INFINITY;
      return Matrices.logSumExp(row);
    }

    /** G_ik = dL/ds_ik = (P_ik - [k = p(i)]) / 2N, with G_ii = 0. */
    double[][] logitGradient() {
      double[][] g = new double[rows()][];
      for (int i = 0; i < rows(); i++) {
        double lse = logSumExpWithoutSelf(i);
        g[i] = new double[rows()];
        for (int k = 0; k < rows(); k++) {
          g[i][k] = k == i ? 0 : Math.exp(scaled[i][k] - lse) / rows();
        }
        g[i][positive(i)] -= 1.0 / rows();
      }
      return g;
    }
  }
}
