package dev.allclose.reference.online;

import dev.allclose.numeric.Matrices;
import java.util.Arrays;

/**
 * The online perceptron with a bias term, run epoch by epoch over a fixed order, and Novikoff's
 * bound on the number of mistakes it can make on linearly separable data.
 *
 * <p>Sources: F. Rosenblatt, "The Perceptron: A Probabilistic Model for Information Storage and
 * Organization in the Brain", Psychological Review 65(6), 1958 (the learning rule); A. B. J.
 * Novikoff, "On Convergence Proofs on Perceptrons", Proceedings of the Symposium on the
 * Mathematical Theory of Automata, Polytechnic Institute of Brooklyn, 1962 (the mistake bound).
 *
 * <p>For samples x_i (D values) with labels y_i in {-1, +1}, starting from w = 0, b = 0 and
 * visiting i = 0 .. N-1 in order in each epoch:
 *
 * <pre>
 *   if y_i (w . x_i + b) <= 0:  w += y_i x_i,  b += y_i              (a mistake; 0 counts as one)
 * </pre>
 *
 * Training stops after the first epoch without a mistake (that epoch's 0 is recorded) or after
 * {@code maxEpochs} epochs. This is the perceptron on the augmented vectors x~ = (x, 1), w~ = (w,
 * b). On those vectors, with R = max_i ||x~_i|| and, for any w~* that separates the data, gamma =
 * min_i y_i (w~* . x~_i) / ||w~*||, Novikoff's theorem bounds the total number of mistakes over all
 * epochs by (R / gamma)^2. {@link #mistakeBound} returns that number, and +infinity when w~* does
 * not separate the data strictly (gamma <= 0, including w~* = 0): no finite bound follows from it.
 *
 * <p>Cost: O(N D) per epoch, O(D) memory; the bound is O(N D). Margins are accumulated left to
 * right, w . x_i first and b last; on inputs whose values are multiples of a power of two (the
 * generated grids) every margin is exact, so the order of summation cannot flip a decision.
 * Stateless and thread-safe; inputs are not modified.
 */
public final class Perceptron {
  private Perceptron() {}

  /** The trained weights, bias and the mistakes made in each epoch run. */
  public static final class Training {
    private final double[] w;
    private final double b;
    private final int[] mistakesPerEpoch;

    Training(double[] w, double b, int[] mistakesPerEpoch) {
      this.w = w;
      this.b = b;
      this.mistakesPerEpoch = mistakesPerEpoch;
    }

    public double[] w() {
      return w.clone();
    }

    public double b() {
      return b;
    }

    public int[] mistakesPerEpoch() {
      return mistakesPerEpoch.clone();
    }

    /** The sum of the mistakes of every epoch. */
    public long totalMistakes() {
      return Arrays.stream(mistakesPerEpoch).asLongStream().sum();
    }

    /** Whether the last epoch run was clean, so (w, b) separates the samples. */
    public boolean converged() {
      return mistakesPerEpoch[mistakesPerEpoch.length - 1] == 0;
    }
  }

  /**
   * Trains from w = 0, b = 0.
   *
   * @param x N samples of D values each (N >= 1)
   * @param y N labels, each -1 or +1
   * @param maxEpochs at least 1
   */
  public static Training train(double[][] x, long[] y, int maxEpochs) {
    checkSamples(x, y);
    if (maxEpochs < 1) {
      throw new IllegalArgumentException("max_epochs=" + maxEpochs + " must be at least 1");
    }
    double[] w = new double[x[0].length];
    double b = 0;
    int[] mistakes = new int[maxEpochs];
    int epochs = 0;
    while (epochs < maxEpochs) {
      int made = 0;
      for (int i = 0; i < x.length; i++) {
        if (y[i] * margin(w, b, x[i]) <= 0) {
          for (int j = 0; j < w.length; j++) {
            w[j] += y[i] * x[i][j];
          }
          b += y[i];
          made++;
        }
      }
      mistakes[epochs++] = made;
      if (made == 0) {
        break;
      }
    }
    return new Training(w, b, Arrays.copyOf(mistakes, epochs));
  }

  /**
   * Novikoff's bound (R / gamma)^2 on the augmented vectors, or +infinity when (wStar, bStar) does
   * not separate the samples with a positive margin.
   */
  public static double mistakeBound(double[][] x, long[] y, double[] wStar, double bStar) {
    checkSamples(x, y);
    if (wStar.length != x[0].length) {
      throw new IllegalArgumentException(
          "w_star has " + wStar.length + " values, the samples " + x[0].length);
    }
    double radiusSq = 0;
    double minMargin = Double.POSITIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      radiusSq = Math.max(radiusSq, Matrices.dot(x[i], x[i]) + 1);
      minMargin = Math.min(minMargin, y[i] * margin(wStar, bStar, x[i]));
    }
    if (!(minMargin > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    double gamma = minMargin / Math.sqrt(Matrices.dot(wStar, wStar) + bStar * bStar);
    double ratio = Math.sqrt(radiusSq) / gamma;
    return ratio * ratio;
  }

  /** w . x + b, summed left to right with the bias last. */
  static double margin(double[] w, double b, double[] x) {
    return Matrices.dot(w, x) + b;
  }

  private static void checkSamples(double[][] x, long[] y) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException(
          "need N >= 1 samples and as many labels, got " + x.length + " and " + y.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != x[0].length) {
        throw new IllegalArgumentException("sample " + i + " has " + x[i].length + " values");
      }
      if (y[i] != 1 && y[i] != -1) {
        throw new IllegalArgumentException("label " + i + " is " + y[i] + ", not -1 or +1");
      }
    }
  }
}
