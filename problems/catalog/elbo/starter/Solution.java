public class Solution {
  /**
   * ELBO of q = N(m, S) for one observation x in the model z ~ N(0, I_k), x | z ~ N(W z + b, s2
   * I_d).
   *
   * @param x (d)
   * @param W (d, k)
   * @param b (d)
   * @param s2 the noise variance, > 0
   * @param m (k)
   * @param S (k, k), positive definite
   * @return {elbo, logEvidence, klToPosterior} as three Doubles (or a record of three doubles)
   */
  public static Object[] elboTerms(
      double[] x, double[][] W, double[] b, double s2, double[] m, double[][] S) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
