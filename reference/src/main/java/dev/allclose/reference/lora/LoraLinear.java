package dev.allclose.reference.lora;

import dev.allclose.numeric.Matrices;

/**
 * A linear layer with a low-rank adapter: forward pass, merge into the frozen weight, and the
 * gradients of the two adapter factors.
 *
 * <p>Source: E. J. Hu, Y. Shen, P. Wallis, Z. Allen-Zhu, Y. Li, S. Wang, L. Wang and W. Chen,
 * "LoRA: Low-Rank Adaptation of Large Language Models", ICLR 2022, section 4.1 (eq. 3 and the
 * scaling of the update by alpha / r). Layout of the PEFT library: the frozen weight W is (out,
 * in), the down-projection A is (r, in), the up-projection B is (out, r); inputs are rows of x (N,
 * in).
 *
 * <pre>
 *   s  = alpha / r                                   (section 4.1)
 *   y  = x W^T + b + s (x A^T) B^T                   (eq. 3, h = W0 x + B A x, with rows)
 *   W' = W + s B A                                   (merge for inference, section 4.1)
 *   dB = s grad_y^T (x A^T),   dA = s (grad_y B)^T x (chain rule; W and b are frozen)
 * </pre>
 *
 * Cost: the adapter adds 2 N r (in + out) flops to the 2 N in out of the frozen layer; the merge
 * costs 2 out r in; the backward pass 4 N r (in + out). Stateless and thread-safe.
 */
public final class LoraLinear {
  private LoraLinear() {}

  /**
   * dA (r, in) and dB (out, r), the gradients of a scalar loss whose gradient with respect to y is
   * grad_y. A class rather than a record because its components are arrays.
   */
  public static final class Gradients {
    private final double[][] dA;
    private final double[][] dB;

    Gradients(double[][] dA, double[][] dB) {
      this.dA = dA;
      this.dB = dB;
    }

    public double[][] dA() {
      return dA;
    }

    public double[][] dB() {
      return dB;
    }
  }

  /** y (N, out) for x (N, in), W (out, in), b (out), A (r, in), B (out, r). */
  public static double[][] forward(
      double[][] x, double[][] w, double[] b, double[][] a, double[][] bUp, double alpha) {
    double s = scaling(alpha, a);
    double[][] y = Matrices.matmul(x, Matrices.transpose(w));
    double[][] delta =
        Matrices.matmul(Matrices.matmul(x, Matrices.transpose(a)), Matrices.transpose(bUp));
    for (int n = 0; n < y.length; n++) {
      for (int o = 0; o < y[n].length; o++) {
        y[n][o] += b[o] + s * delta[n][o];
      }
    }
    return y;
  }

  /** W' (out, in) = W + (alpha / r) B A: one matrix that computes the adapted layer. */
  public static double[][] merge(double[][] w, double[][] a, double[][] bUp, double alpha) {
    double s = scaling(alpha, a);
    double[][] update = Matrices.matmul(bUp, a);
    double[][] merged = new double[w.length][];
    for (int o = 0; o < w.length; o++) {
      merged[o] = w[o].clone();
      for (int i = 0; i < merged[o].length; i++) {
        merged[o][i] += s * update[o][i];
      }
    }
    return merged;
  }

  /** The adapter's gradients; grad_y (N, out) is dLoss/dy. */
  public static Gradients backward(
      double[][] x, double[][] a, double[][] bUp, double alpha, double[][] gradY) {
    double s = scaling(alpha, a);
    double[][] hidden = Matrices.matmul(x, Matrices.transpose(a));
    double[][] gradT = Matrices.transpose(gradY);
    double[][] dB = scaled(Matrices.matmul(gradT, hidden), s);
    double[][] gradHiddenT = Matrices.transpose(Matrices.matmul(gradY, bUp));
    double[][] dA = scaled(Matrices.matmul(gradHiddenT, x), s);
    return new Gradients(dA, dB);
  }

  /** alpha / r, r being the number of rows of A. */
  private static double scaling(double alpha, double[][] a) {
    if (a.length == 0) {
      throw new IllegalArgumentException("the adapter rank r must be at least 1");
    }
    return alpha / a.length;
  }

  private static double[][] scaled(double[][] m, double s) {
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= s;
      }
    }
    return m;
  }
}
