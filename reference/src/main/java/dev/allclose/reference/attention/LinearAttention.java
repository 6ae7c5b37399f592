package dev.allclose.reference.attention;

/**
 * Linear attention with the feature map elu(x) + 1, in time linear in the sequence length and
 * without any T x T matrix.
 *
 * <p>Source: A. Katharopoulos, A. Vyas, N. Pappas and F. Fleuret, "Transformers are RNNs: Fast
 * Autoregressive Transformers with Linear Attention", ICML 2020: linearised attention (a kernel
 * phi(q)^T phi(k) as the similarity, regrouped by associativity), the feature map elu(x) + 1, and
 * causal masking as running sums. The eps in the denominator and its default 1e-6 follow the
 * authors' library, fast-transformers ({@code LinearAttention}, {@code CausalLinearAttention}).
 *
 * <p>For one sequence with Q, K of shape (T, d_k) and V of shape (T, d_v), and no 1/sqrt(d) scale:
 *
 * <pre>
 *   phi(x)  = x + 1 for x > 0, exp(x) otherwise          (elu(x) + 1)
 *   S_i     = sum_j phi(k_j) v_j^T       (d_k, d_v)       (associativity)
 *   z_i     = sum_j phi(k_j)             (d_k)
 *   out_i   = phi(q_i)^T S_i / (phi(q_i)^T z_i + eps)
 * </pre>
 *
 * where j runs over every position, or over j <= i (i included) with {@code causal}. Without the
 * mask S and z are the same for every row and are formed once; with it they are running sums
 * updated before row i is read: the recurrent form that gives the paper its title.
 *
 * <p>phi is evaluated as exp(x) on the negative side rather than as expm1(x) + 1, which loses
 * relative precision once exp(x) is far below 1; the two agree to rounding elsewhere.
 *
 * <p>Cost per sequence: about 4 T d_k d_v flops; extra memory O(d_k d_v) besides the O(T d_v)
 * output. Stateless and thread-safe.
 */
public final class LinearAttention {
  private LinearAttention() {}

  /**
   * @param q (B, T, d_k) queries
   * @param k (B, T, d_k) keys
   * @param v (B, T, d_v) values
   * @param causal when true, row i sums over keys j <= i only
   * @param eps added to every denominator
   * @return (B, T, d_v)
   */
  public static double[][][] forward(
      double[][][] q, double[][][] k, double[][][] v, boolean causal, double eps) {
    double[][][] out = new double[q.length][][];
    for (int b = 0; b < q.length; b++) {
      out[b] = causal ? causal(q[b], k[b], v[b], eps) : unmasked(q[b], k[b], v[b], eps);
    }
    return out;
  }

  /** elu(x) + 1: positive everywhere, so every denominator is at least eps. */
  public static double phi(double x) {
    return x > 0 ? x + 1 : Math.exp(x);
  }

  private static double[][] unmasked(double[][] q, double[][] k, double[][] v, double eps) {
    State state = new State(q[0].length, v[0].length);
    for (int j = 0; j < k.length; j++) {
      state.add(k[j], v[j]);
    }
    double[][] out = new double[q.length][];
    for (int i = 0; i < q.length; i++) {
      out[i] = state.read(q[i], eps);
    }
    return out;
  }

  /** The recurrence: key i joins S and z before query i reads them. */
  private static double[][] causal(double[][] q, double[][] k, double[][] v, double eps) {
    State state = new State(q[0].length, v[0].length);
    double[][] out = new double[q.length][];
    for (int i = 0; i < q.length; i++) {
      state.add(k[i], v[i]);
      out[i] = state.read(q[i], eps);
    }
    return out;
  }

  /** The sums S = sum phi(k_j) v_j^T and z = sum phi(k_j) over the keys added so far. */
  private static final class State {
    private final double[][] s;
    private final double[] z;
    private final double[] features;

    State(int dk, int dv) {
      s = new double[dk][dv];
      z = new double[dk];
      features = new double[dk];
    }

    void add(double[] key, double[] value) {
      for (int a = 0; a < key.length; a++) {
        double f = phi(key[a]);
        z[a] += f;
        for (int c = 0; c < value.length; c++) {
          s[a][c] += f * value[c];
        }
      }
    }

    double[] read(double[] query, double eps) {
      double[] row = new double[s[0].length];
      double den = 0;
      for (int a = 0; a < query.length; a++) {
        features[a] = phi(query[a]);
        den += features[a] * z[a];
      }
      for (int a = 0; a < query.length; a++) {
        for (int c = 0; c < row.length; c++) {
          row[c] += features[a] * s[a][c];
        }
      }
      double inv = 1.0 / (den + eps);
      for (int c = 0; c < row.length; c++) {
        row[c] *= inv;
      }
      return row;
    }
  }
}
