import java.util.Map;

public class Solution {
  /**
   * ELBO of a one-layer VAE: Gaussian encoder with a log-variance head, Bernoulli decoder.
   *
   * @param x (B, D) in [0, 1]
   * @param W_mu (D, Z), likewise W_lv; b_mu and b_lv are (Z)
   * @param W_dec (Z, D); b_dec is (D)
   * @param eps (B, Z) noise for z = mu + exp(lv / 2) * eps
   * @return {@code new Object[] {elbo, recon, kl}} (three Doubles); a record of three doubles in
   *     that order also works
   */
  public static Object[] vaeElbo(
      double[][] x, double[][] W_mu, double[] b_mu, double[][] W_lv, double[] b_lv,
      double[][] W_dec, double[] b_dec, double[][] eps) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Gradients of the mean negative ELBO.
   *
   * @return a map from "W_mu", "b_mu", "W_lv", "b_lv", "W_dec", "b_dec" to {@code double[][]}
   *     (weights) or {@code double[]} (biases) of the parameter's shape
   */
  public static Map<String, Object> vaeGrads(
      double[][] x, double[][] W_mu, double[] b_mu, double[][] W_lv, double[] b_lv,
      double[][] W_dec, double[] b_dec, double[][] eps) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
