package dev.allclose.reference.decoding;

import dev.allclose.numeric.Rng;
import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.Arrays;
import java.util.List;

/**
 * A small random bigram model and search settings: V in [2, 4], max_len in [1, 4], beam width in
 * [1, 6]. Half the models draw log-probabilities from a few dyadic values, so that sums are exact
 * and ties are frequent; the others are log-softmax rows of Gaussian logits.
 */
final class Model {
  private static final double[] DYADIC = {-0.25, -0.5, -1.0, -2.0};
  private static final double[] PENALTIES = {0.0, 0.5, 1.0, 1.7};

  final double[] start;
  final double[][] trans;
  final int eos;
  final int width;
  final int maxLen;
  final double lengthPenalty;

  private Model(
      double[] start, double[][] trans, int eos, int width, int maxLen, double lengthPenalty) {
    this.start = start;
    this.trans = trans;
    this.eos = eos;
    this.width = width;
    this.maxLen = maxLen;
    this.lengthPenalty = lengthPenalty;
  }

  static Model random(Rng rng) {
    int v = rng.nextInt(2, 5);
    boolean ties = rng.nextBoolean();
    double[] start = row(rng, v, ties);
    double[][] trans = new double[v][];
    for (int i = 0; i < v; i++) {
      trans[i] = row(rng, v, ties);
    }
    return new Model(
        start,
        trans,
        rng.nextInt(v),
        rng.nextInt(1, 7),
        rng.nextInt(1, 5),
        PENALTIES[rng.nextInt(PENALTIES.length)]);
  }

  Model withWidth(int w) {
    return new Model(start, trans, eos, w, maxLen, lengthPenalty);
  }

  Model withLengthPenalty(double lp) {
    return new Model(start, trans, eos, width, maxLen, lp);
  }

  List<Hypothesis> run() {
    return BeamSearch.search(start, trans, eos, width, maxLen, lengthPenalty);
  }

  private static double[] row(Rng rng, int v, boolean ties) {
    double[] r = new double[v];
    if (ties) {
      for (int i = 0; i < v; i++) {
        r[i] = DYADIC[rng.nextInt(DYADIC.length)];
      }
      return r;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < v; i++) {
      r[i] = 2.0 * rng.nextGaussian();
      max = Math.max(max, r[i]);
    }
    double sum = 0;
    for (double x : r) {
      sum += Math.exp(x - max);
    }
    double logZ = max + Math.log(sum);
    for (int i = 0; i < v; i++) {
      r[i] -= logZ;
    }
    return r;
  }

  @Override
  public String toString() {
    return "start="
        + Arrays.toString(start)
        + " trans="
        + Arrays.deepToString(trans)
        + " eos="
        + eos
        + " K="
        + width
        + " max_len="
        + maxLen
        + " lp="
        + lengthPenalty;
  }
}
