/** Accepted (Java): Algorithm 1 with both kinds of weight decay, one coordinate at a time. */
public class Solution {
  public record State(double[] param, double[] m, double[] v) {}

  public static State adamStep(
      double[] param,
      double[] grad,
      double[] m,
      double[] v,
      int t,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double weightDecay,
      boolean decoupled) {
    int n = param.length;
    double[] p = new double[n];
    double[] m1 = new double[n];
    double[] v1 = new double[n];
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    for (int i = 0; i < n; i++) {
      double g = decoupled ? grad[i] : grad[i] + weightDecay * param[i];
      double start = decoupled ? param[i] * (1 - lr * weightDecay) : param[i];
      m1[i] = beta1 * m[i] + (1 - beta1) * g;
      v1[i] = beta2 * v[i] + (1 - beta2) * g * g;
      p[i] = start - lr * (m1[i] / c1) / (Math.sqrt(v1[i] / c2) + eps);
    }
    return new State(p, m1, v1);
  }
}
