/** Wrong answer (Java): the parameters move against the gradient, theta - lr * grad. */
public class Solution {
  public static Object[] reinforceStep(
      double[][] theta, double[][] states, long[] actions, double[] rewards, double gamma,
      double lr, boolean baseline) {
    int t = rewards.length;
    int f = theta.length;
    int a = theta[0].length;
    double[] returns = new double[t];
    double acc = 0;
    for (int i = t - 1; i >= 0; i--) {
      acc = rewards[i] + gamma * acc;
      returns[i] = acc;
    }
    double b = 0;
    if (baseline) {
      for (double g : returns) {
        b += g / t;
      }
    }
    double[][] grad = new double[f][a];
    for (int i = 0; i < t; i++) {
      double[] pi = softmax(states[i], theta);
      for (int j = 0; j < a; j++) {
        double score = (j == actions[i] ? 1 : 0) - pi[j];
        for (int k = 0; k < f; k++) {
          grad[k][j] += (returns[i] - b) * states[i][k] * score;
        }
      }
    }
    double[][] next = new double[f][a];
    for (int k = 0; k < f; k++) {
      for (int j = 0; j < a; j++) {
        next[k][j] = theta[k][j] - lr * grad[k][j];
      }
    }
    return new Object[] {returns, grad, next};
  }

  static double[] softmax(double[] s, double[][] theta) {
    int a = theta[0].length;
    double[] z = new double[a];
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < a; j++) {
      for (int k = 0; k < s.length; k++) {
        z[j] += s[k] * theta[k][j];
      }
      max = Math.max(max, z[j]);
    }
    double sum = 0;
    for (int j = 0; j < a; j++) {
      z[j] = Math.exp(z[j] - max);
      sum += z[j];
    }
    for (int j = 0; j < a; j++) {
      z[j] /= sum;
    }
    return z;
  }
}
