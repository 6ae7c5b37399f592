public class Solution {
  /** Gradient estimates with respect to mu and sigma, each (d); an Object[] works too. */
  public record Grads(double[] gMu, double[] gSigma) {}

  /**
   * Reparameterization estimate of the gradient of E[sum(z^2)] for z = mu + sigma * eps.
   *
   * @param mu (d)
   * @param sigma (d), the standard deviation
   * @param eps (S, d) standard normal draws
   */
  public static Grads pathwiseGrad(double[] mu, double[] sigma, double[][] eps) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Score-function estimate: the mean of f(z) * grad log N(z; mu, sigma^2), no baseline. */
  public static Grads scoreFunctionGrad(double[] mu, double[] sigma, double[][] eps) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
