package dev.allclose.reference.optim;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Projected stochastic gradient descent on a quadratic over a ball, its averaged iterate, and the
 * classical O(1/sqrt(T)) bound.
 *
 * <p>Source: M. Zinkevich, "Online Convex Programming and Generalized Infinitesimal Gradient
 * Ascent", ICML 2003, theorem 1 (projected online gradient descent); A. Nemirovski, A. Juditsky, G.
 * Lan and A. Shapiro, "Robust Stochastic Approximation Approach to Stochastic Programming", SIAM J.
 * Optim. 19(4), 2009, section 2.2 (the averaged iterate of projected SGD); S. Bubeck, "Convex
 * Optimization: Algorithms and Complexity", 2015, theorem 3.2 and section 6.1. For f(x) = x^T A x /
 * 2 - b^T x, the ball K = {|x| <= r} and noise rows xi_0..xi_{T-1}:
 *
 * <pre>
 *   g_t     = A x_t - b + xi_t                         (a stochastic gradient at x_t)
 *   x_{t+1} = P_K(x_t - lr g_t),  P_K(y) = y min(1, r / |y|)   (Euclidean projection on K)
 *   x_avg   = (x_0 + ... + x_{T-1}) / T                 (the points the gradients were taken at)
 *   bound   = D G / sqrt(T)
 * </pre>
 *
 * x_0 is used as given, even outside K. With f convex (A positive semi-definite), x_0 and the
 * minimiser x* in K, D >= |x_0 - x*| (for example the diameter 2 r), G >= |g_t| for every t and lr
 * = D / (G sqrt(T)), the standard argument gives sum_t g_t^T (x_t - x*) <= D G sqrt(T); without
 * noise, convexity and Jensen's inequality then give f(x_avg) - f(x*) <= D G / sqrt(T) for every
 * run, and with zero-mean noise the same holds in expectation. Cost: O(T d^2). Stateless and
 * thread-safe.
 */
public final class ProjectedSgd {
  private ProjectedSgd() {}

  /**
   * The iterates x_0..x_T, (T + 1, d), and their average over x_0..x_{T-1}, (d). A class rather
   * than a record because its components are arrays.
   */
  public static final class Run {
    private final double[][] iterates;
    private final double[] xAvg;

    Run(double[][] iterates, double[] xAvg) {
      this.iterates = iterates;
      this.xAvg = xAvg;
    }

    public double[][] iterates() {
      return iterates;
    }

    public double[] xAvg() {
      return xAvg;
    }
  }

  /**
   * T steps of projected SGD; T is the number of rows of {@code noise}.
   *
   * @throws IllegalArgumentException when T = 0 or the radius is not positive
   */
  public static Run projectedSgd(
      double[] x0, double[][] a, double[] b, double[][] noise, double lr, double radius) {
    int steps = noise.length;
    if (steps == 0 || !(radius > 0)) {
      throw new IllegalArgumentException("need T >= 1 noise rows and a positive radius");
    }
    int d = x0.length;
    double[][] iterates = new double[steps + 1][];
    iterates[0] = x0.clone();
    double[] sum = new double[d];
    for (int t = 0; t < steps; t++) {
      double[] x = iterates[t];
      double[] g = gradient(a, b, x);
      double[] y = new double[d];
      for (int i = 0; i < d; i++) {
        y[i] = x[i] - lr * (g[i] + noise[t][i]);
        sum[i] += x[i];
      }
      iterates[t + 1] = project(y, radius);
    }
    for (int i = 0; i < d; i++) {
      sum[i] /= steps;
    }
    return new Run(iterates, sum);
  }

  /** D G / sqrt(T). */
  public static double sgdBound(double diameter, double gradientBound, long steps) {
    return diameter * gradientBound / Math.sqrt((double) steps);
  }

  /** f(x) = x^T A x / 2 - b^T x. */
  public static double objective(double[][] a, double[] b, double[] x) {
    double[] ax = multiply(a, x);
    double f = 0;
    for (int i = 0; i < x.length; i++) {
      f += 0.5 * x[i] * ax[i] - b[i] * x[i];
    }
    return f;
  }

  /** A x - b. */
  public static double[] gradient(double[][] a, double[] b, double[] x) {
    double[] g = multiply(a, x);
    for (int i = 0; i < g.length; i++) {
      g[i] -= b[i];
    }
    return g;
  }

  /** y min(1, r / |y|): y itself inside the ball, its radial shrink onto the sphere outside. */
  public static double[] project(double[] y, double radius) {
    double norm = norm(y);
    if (norm <= radius) {
      return y;
    }
    double s = radius / norm;
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = s * y[i];
    }
    return out;
  }

  /**
   * The minimiser of f over the ball for a symmetric positive definite A: A^{-1} b when it lies in
   * the ball, otherwise (A + lambda I)^{-1} b with lambda > 0 chosen by bisection so that its norm
   * is r (the KKT conditions of the trust-region subproblem; J. Nocedal and S. J. Wright,
   * "Numerical Optimization", 2nd ed., theorem 4.1). Uses EJML's symmetric eigendecomposition A = Q
   * diag(l) Q^T, in which |x(lambda)|^2 = sum_i c_i^2 / (l_i + lambda)^2 with c = Q^T b.
   */
  public static double[] minimumOnBall(double[][] a, double[] b, double radius) {
    int d = b.length;
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
    if (!eig.decompose(new DMatrixRMaj(a))) {
      throw new ArithmeticException("the eigendecomposition did not converge");
    }
    double[] l = new double[d];
    double[][] q = new double[d][];
    double[] c = new double[d];
    for (int i = 0; i < d; i++) {
      l[i] = eig.getEigenvalue(i).getReal();
      if (!(l[i] > 0)) {
        throw new IllegalArgumentException("A must be positive definite");
      }
      DMatrixRMaj v = eig.getEigenVector(i);
      q[i] = v.getData().clone();
      for (int j = 0; j < d; j++) {
        c[i] += q[i][j] * b[j];
      }
    }
    double lambda = 0;
    if (shiftedNorm(l, c, 0) > radius) {
      double lo = 0;
      double hi = norm(c) / radius; // |x(hi)| <= |c| / hi = r
      for (int it = 0; it < 200; it++) {
        double mid = 0.5 * (lo + hi);
        if (shiftedNorm(l, c, mid) > radius) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      lambda = hi;
    }
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      double coef = c[i] / (l[i] + lambda);
      for (int j = 0; j < d; j++) {
        x[j] += coef * q[i][j];
      }
    }
    return project(x, radius);
  }

  private static double shiftedNorm(double[] l, double[] c, double lambda) {
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      double t = c[i] / (l[i] + lambda);
      s += t * t;
    }
    return Math.sqrt(s);
  }

  public static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static double[] multiply(double[][] a, double[] x) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a[i][j] * x[j];
      }
      out[i] = s;
    }
    return out;
  }
}
