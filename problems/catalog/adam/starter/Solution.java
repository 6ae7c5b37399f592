public class Solution {
  /** The state after a step; an Object[] {param, m, v} is accepted too. */
  public record State(double[] param, double[] m, double[] v) {}

  /**
   * One Adam (decoupled = false, L2 decay in the gradient) or AdamW (decoupled = true) step.
   * param, grad, m and v have the same length P; m and v are the moment estimates after t - 1
   * steps.
   *
   * @param t the 1-based number of this step
   * @return the new param, m and v; the inputs are left unchanged
   */
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
    throw new UnsupportedOperationException("not implemented yet");
  }
}
