package dev.allclose.reference.reinforce;

import dev.allclose.numeric.Matrices;

/**
 * One REINFORCE update of a linear softmax policy from one complete episode.
 *
 * <p>Sources: R. J. Williams, "Simple Statistical Gradient-Following Algorithms for Connectionist
 * Reinforcement Learning", Machine Learning 8(3-4), 1992 (the REINFORCE update: step size times
 * reinforcement minus baseline times the characteristic eligibility d ln pi / d theta); R. S.
 * Sutton and A. G. Barto, Reinforcement Learning: An Introduction, 2nd ed., MIT Press, 2018,
 * section 13.3 (Monte Carlo policy gradient, eq. 13.8) and section 13.4 (with a baseline, eq.
 * 13.11), with the eligibility of a softmax in linear action preferences (eq. 13.9 and exercise
 * 13.3).
 *
 * <p>For theta (F, A), states s_t (F), actions a_t and rewards r_t, t = 0..T-1:
 *
 * <pre>
 *   pi(.|s) = softmax(s theta)                                 (eq. 13.2, h(s, a) = s . theta[:, a])
 *   G_t = r_t + gamma G_{t+1},  G_T = 0                         (= sum_k gamma^k r_{t+k}, sec. 3.3)
 *   b = mean_t G_t if baseline else 0                          (sec. 13.4)
 *   d ln pi(a|s) / d theta = outer(s, onehot(a) - pi(.|s))       (eq. 13.9 for this feature map)
 *   grad = sum_t (G_t - b) outer(s_t, onehot(a_t) - pi(.|s_t))
 *   theta' = theta + lr grad                                   (gradient ascent)
 * </pre>
 *
 * Unlike the per-step pseudocode of Sutton and Barto, the contract sums the whole episode into one
 * update and drops their gamma^t factor, as most implementations do. The softmax subtracts the row
 * maximum, so logits in the thousands are safe.
 *
 * <p>Cost: O(T F A) flops, O(F A) extra memory. Inputs are not modified. Stateless and thread-safe.
 */
public final class Reinforce {
  private Reinforce() {}

  /**
   * The discounted returns (T), the policy gradient (F, A) and the updated parameters (F, A). A
   * class rather than a record: records compare array components by identity.
   */
  public static final class Update {
    private final double[] returns;
    private final double[][] grad;
    private final double[][] newTheta;

    Update(double[] returns, double[][] grad, double[][] newTheta) {
      this.returns = returns;
      this.grad = grad;
      this.newTheta = newTheta;
    }

    public double[] returns() {
      return returns;
    }

    public double[][] grad() {
      return grad;
    }

    public double[][] newTheta() {
      return newTheta;
    }
  }

  public static Update step(
      double[][] theta,
      double[][] states,
      int[] actions,
      double[] rewards,
      double gamma,
      double lr,
      boolean baseline) {
    double[] returns = discountedReturns(rewards, gamma);
    double b = baseline ? mean(returns) : 0.0;
    int f = theta.length;
    int a = theta[0].length;
    double[][] grad = new double[f][a];
    for (int t = 0; t < states.length; t++) {
      addEligibility(grad, theta, states[t], actions[t], returns[t] - b);
    }
    double[][] newTheta = new double[f][a];
    for (int i = 0; i < f; i++) {
      for (int j = 0; j < a; j++) {
        newTheta[i][j] = theta[i][j] + lr * grad[i][j];
      }
    }
    return new Update(returns, grad, newTheta);
  }

  /** G_t = sum_{k >= 0} gamma^k r_{t+k}, by the backward recursion G_t = r_t + gamma G_{t+1}. */
  public static double[] discountedReturns(double[] rewards, double gamma) {
    double[] g = new double[rewards.length];
    double acc = 0.0;
    for (int t = rewards.length - 1; t >= 0; t--) {
      acc = rewards[t] + gamma * acc;
      g[t] = acc;
    }
    return g;
  }

  /** pi(.|s) = softmax(s theta), max-subtracted. */
  public static double[] policy(double[][] theta, double[] s) {
    double[] logits = Matrices.matmul(new double[][] {s}, theta)[0];
    Matrices.softmaxInPlace(logits);
    return logits;
  }

  /** grad += weight * outer(s, onehot(action) - pi(.|s)). */
  private static void addEligibility(
      double[][] grad, double[][] theta, double[] s, int action, double weight) {
    double[] pi = policy(theta, s);
    for (int j = 0; j < pi.length; j++) {
      double score = (j == action ? 1.0 : 0.0) - pi[j];
      for (int i = 0; i < s.length; i++) {
        grad[i][j] += weight * s[i] * score;
      }
    }
  }

  private static double mean(double[] v) {
    double sum = 0.0;
    for (double x : v) {
      sum += x;
    }
    return v.length == 0 ? 0.0 : sum / v.length;
  }
}
