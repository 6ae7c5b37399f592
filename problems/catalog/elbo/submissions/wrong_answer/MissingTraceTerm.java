/** Wrong answer (Java): the expected log-likelihood without its tr(W S W^T) term. */
public class Solution {
  public record Terms(double elbo, double logEvidence, double klToPosterior) {}

  public static Terms elboTerms(
      double[] x, double[][] W, double[] b, double s2, double[] m, double[][] S) {
    int d = x.length;
    int k = m.length;
    double[] u = new double[d];
    double rr = 0;
    for (int i = 0; i < d; i++) {
      u[i] = x[i] - b[i];
      double r = u[i];
      for (int a = 0; a < k; a++) {
        r -= W[i][a] * m[a];
      }
      rr += r * r;
    }
    double[][] wtw = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < d; i++) {
          wtw[a][c] += W[i][a] * W[i][c];
        }
      }
    }
    double traceWSWt = 0;
    double traceS = 0;
    double mm = 0;
    for (int a = 0; a < k; a++) {
      traceS += S[a][a];
      mm += m[a] * m[a];
      for (int c = 0; c < k; c++) {
        traceWSWt += wtw[a][c] * S[c][a];
      }
    }
    double[][] lS = cholesky(S);
    double ell = -0.5 * d * Math.log(2 * Math.PI * s2) - rr / (2 * s2);
    double elbo = ell - 0.5 * (traceS + mm - k - logDet(lS));

    double[][] c = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        for (int a = 0; a < k; a++) {
          c[i][j] += W[i][a] * W[j][a];
        }
      }
      c[i][i] += s2;
    }
    double[][] lC = cholesky(c);
    double[] y = forward(lC, u);
    double logEvidence = -0.5 * (d * Math.log(2 * Math.PI) + logDet(lC) + dot(y, y));

    double[][] lam = new double[k][k];
    double[] wtu = new double[k];
    for (int a = 0; a < k; a++) {
      for (int cc = 0; cc < k; cc++) {
        lam[a][cc] = wtw[a][cc] / s2 + (a == cc ? 1 : 0);
      }
      for (int i = 0; i < d; i++) {
        wtu[a] += W[i][a] * u[i] / s2;
      }
    }
    double[][] lL = cholesky(lam);
    double[] mu = backward(lL, forward(lL, wtu));
    double[] diff = new double[k];
    for (int a = 0; a < k; a++) {
      diff[a] = mu[a] - m[a];
    }
    double traceLS = 0;
    double quad = 0;
    for (int a = 0; a < k; a++) {
      for (int cc = 0; cc < k; cc++) {
        traceLS += lam[a][cc] * S[cc][a];
        quad += diff[a] * lam[a][cc] * diff[cc];
      }
    }
    double kl = 0.5 * (traceLS + quad - k - logDet(lL) - logDet(lS));
    return new Terms(elbo, logEvidence, kl);
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int t = 0; t < j; t++) {
          s -= l[i][t] * l[j][t];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  private static double logDet(double[][] l) {
    double s = 0;
    for (int i = 0; i < l.length; i++) {
      s += 2 * Math.log(l[i][i]);
    }
    return s;
  }

  private static double[] forward(double[][] l, double[] b) {
    double[] y = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      double s = b[i];
      for (int t = 0; t < i; t++) {
        s -= l[i][t] * y[t];
      }
      y[i] = s / l[i][i];
    }
    return y;
  }

  private static double[] backward(double[][] l, double[] y) {
    int n = y.length;
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int t = i + 1; t < n; t++) {
        s -= l[t][i] * x[t];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
