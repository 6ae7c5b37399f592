/** Wrong answer (Java): the step uses the raw m and v, without the 1 - beta^t corrections. */
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
    for (int i = 0; i < n; i++) {
      double g = decoupled ? grad[i] : grad[i] + weightDecay * param[i];
      double start = decoupled ? param[i] * (1 - lr * weightDecay) : param[i];
      m1[i] = beta1 * m[i] + (1 - beta1) * g;
      v1[i] = beta2 * v[i] + (1 - beta2) * g * g;
      p[i] = start - lr * m1[i] / (Math.sqrt(v1[i]) + eps);
    }
    return new State(p, m1, v1);
  }
}
