public class Solution {
  /**
   * The mean BPR loss of a batch of triples and its gradients. U is (nUsers, k), V is (nItems, k);
   * each row of triples is (u, i, j): user u prefers item i to item j (i == j allowed). Each triple
   * is penalised reg/2 (|U_u|^2 + |V_i|^2 + |V_j|^2).
   *
   * @return {loss (a Double), dU (the shape of U), dV (the shape of V)}; the inputs are unchanged
   */
  public static Object[] bprLossAndGrads(double[][] U, double[][] V, long[][] triples, double reg) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
