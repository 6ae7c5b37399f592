package dev.allclose.reference.recommendation;

import dev.allclose.numeric.Matrices;

/**
 * The Bayesian Personalized Ranking (BPR) loss of a matrix-factorisation model over a batch of
 * (user, preferred item, other item) triples, and its gradients with respect to both factor
 * matrices.
 *
 * <p>Source: S. Rendle, C. Freudenthaler, Z. Gantner and L. Schmidt-Thieme, "BPR: Bayesian
 * Personalized Ranking from Implicit Feedback", UAI 2009: the BPR-Opt criterion, the sum of ln
 * sigmoid(x_uij) minus an L2 penalty, with the matrix-factorisation score x_uij = U_u . V_i - U_u .
 * V_j, negated and averaged over the batch. The penalty is charged per triple on the rows the
 * triple uses; the criterion writes it once over all parameters.
 *
 * <p>For factors U (n_users, k), V (n_items, k) and M triples t = (u, i, j):
 *
 * <pre>
 *   x_t  = U_u . (V_i - V_j)                                        (the margin)
 *   l_t  = softplus(-x_t) + reg/2 (|U_u|^2 + |V_i|^2 + |V_j|^2)     (-log sigmoid(x) = softplus(-x))
 *   L    = (1/M) sum_t l_t
 *   dl_t/dx_t = -sigmoid(-x_t)
 *   dU_u += (-sigmoid(-x_t) (V_i - V_j) + reg U_u) / M
 *   dV_i += (-sigmoid(-x_t) U_u + reg V_i) / M
 *   dV_j += ( sigmoid(-x_t) U_u + reg V_j) / M
 * </pre>
 *
 * Every triple adds its share: a user or item that occurs in several triples (or i = j in one)
 * collects a sum, and rows no triple touches get a zero gradient. softplus(y) is evaluated as
 * max(y, 0) + log1p(exp(-|y|)), whose exponent is never positive, so margins of any size give a
 * finite loss (a margin of -1000 costs 1000, where log(sigmoid(-1000)) is log 0 in doubles).
 *
 * <p>Cost: about 8 M k flops and M exponentials. Stateless and thread-safe.
 */
public final class BayesianPersonalizedRanking {
  private BayesianPersonalizedRanking() {}

  /** The mean loss and the gradients with respect to U and V (the shapes of U and V). */
  public static final class Result {
    private final double loss;
    private final double[][] dU;
    private final double[][] dV;

    Result(double loss, double[][] dU, double[][] dV) {
      this.loss = loss;
      this.dU = dU;
      this.dV = dV;
    }

    public double loss() {
      return loss;
    }

    public double[][] dU() {
      return dU;
    }

    public double[][] dV() {
      return dV;
    }
  }

  /**
   * @param u user factors (n_users, k)
   * @param v item factors (n_items, k)
   * @param triples (M, 3), M >= 1, rows (user, preferred item, other item); i = j is allowed
   * @param reg the L2 coefficient, >= 0
   */
  public static Result of(double[][] u, double[][] v, long[][] triples, double reg) {
    int m = triples.length;
    if (m == 0) {
      throw new IllegalArgumentException("need at least one triple");
    }
    double[][] dU = zerosLike(u);
    double[][] dV = zerosLike(v);
    double total = 0;
    for (long[] t : triples) {
      int user = index(t[0], u.length, "user");
      int pos = index(t[1], v.length, "item");
      int neg = index(t[2], v.length, "item");
      double[] uu = u[user];
      double[] vi = v[pos];
      double[] vj = v[neg];
      double margin = Matrices.dot(uu, vi) - Matrices.dot(uu, vj);
      total +=
          softplus(-margin)
              + reg / 2 * (Matrices.dot(uu, uu) + Matrices.dot(vi, vi) + Matrices.dot(vj, vj));
      double pull = sigmoid(-margin);
      for (int c = 0; c < uu.length; c++) {
        dU[user][c] += (-pull * (vi[c] - vj[c]) + reg * uu[c]) / m;
        dV[pos][c] += (-pull * uu[c] + reg * vi[c]) / m;
        dV[neg][c] += (pull * uu[c] + reg * vj[c]) / m;
      }
    }
    return new Result(total / m, dU, dV);
  }

  /**
   * log(1 + exp(y)), with no positive exponent: exact for y = +-1000 where the naive form fails.
   */
  static double softplus(double y) {
    return Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
  }

  /** 1 / (1 + exp(-y)), evaluated through exp(-|y|) so it neither overflows nor loses 1 - s. */
  static double sigmoid(double y) {
    double e = Math.exp(-Math.abs(y));
    return y >= 0 ? 1 / (1 + e) : e / (1 + e);
  }

  private static int index(long value, int size, String what) {
    if (value < 0 || value >= size) {
      throw new IllegalArgumentException(what + " index " + value + " is not in [0, " + size + ")");
    }
    return (int) value;
  }

  private static double[][] zerosLike(double[][] a) {
    double[][] z = new double[a.length][];
    for (int r = 0; r < a.length; r++) {
      z[r] = new double[a[r].length];
    }
    return z;
  }
}
