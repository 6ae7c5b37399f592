/** Wrong answer (Java): the pathwise sigma-gradient is the mean of 2 z, without the eps factor. */
public class Solution {
  public record Grads(double[] gMu, double[] gSigma) {}

  public static Grads pathwiseGrad(double[] mu, double[] sigma, double[][] eps) {
    int d = mu.length;
    double[] gMu = new double[d];
    double[] gSigma = new double[d];
    for (double[] e : eps) {
      for (int j = 0; j < d; j++) {
        double z = mu[j] + sigma[j] * e[j];
        gMu[j] += 2 * z / eps.length;
        gSigma[j] += 2 * z / eps.length;
      }
    }
    return new Grads(gMu, gSigma);
  }

  public static Grads scoreFunctionGrad(double[] mu, double[] sigma, double[][] eps) {
    int d = mu.length;
    double[] gMu = new double[d];
    double[] gSigma = new double[d];
    for (double[] e : eps) {
      double f = 0;
      for (int j = 0; j < d; j++) {
        double z = mu[j] + sigma[j] * e[j];
        f += z * z;
      }
      for (int j = 0; j < d; j++) {
        gMu[j] += f * e[j] / sigma[j] / eps.length;
        gSigma[j] += f * (e[j] * e[j] - 1) / sigma[j] / eps.length;
      }
    }
    return new Grads(gMu, gSigma);
  }
}
