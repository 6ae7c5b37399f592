package dev.allclose.problems.divergence;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.divergence.KlDivergence;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 19, kl-divergence. A case calls one entry point: {@code kl_categorical(p, q) ->
 * divergences} on (B, T, K) arrays, or {@code kl_gaussian(mu1, S1, mu2, S2) -> kl}.
 *
 * <p>Which case catches which wrong solution:
 *
 * <ul>
 *   <li>swapped arguments, KL(q || p): every case but the identical pairs; in {@code
 *       categorical-zeros-in-p} the swap even turns finite answers into +inf (q > 0 = p);
 *   <li>the log of zero, p log(p / q) evaluated where p = 0 (0 * -inf = NaN): {@code
 *       categorical-zeros-in-p}, {@code categorical-one-hot} and {@code categorical-q-zero}, whose
 *       p vectors hold zeros; {@code categorical-q-zero} also needs +inf where q = 0 < p and a
 *       finite value where q = 0 = p;
 *   <li>the sum over the wrong axis (a fixed axis 1, or everything flattened): every categorical
 *       case, as K != T in all of them, so the result has the wrong shape;
 *   <li>the covariances read as diagonal: every Gaussian case with d > 1, their covariances are
 *       full;
 *   <li>log(det S2 / det S1) from the determinants: {@code gaussian-high-dimension}, d = 120 with
 *       variances near 1e4, where both determinants overflow to inf and their ratio is NaN.
 * </ul>
 *
 * Edge cases of the contract: d = 1 (covariances of shape (1, 1)), equal means, an ill-conditioned
 * covariance, p = q (divergence 0), K = 2 and K = 1000.
 */
public final class KlDivergenceCases implements CaseGenerator {
  private static final CaseCall CATEGORICAL =
      CaseCall.call("kl_categorical", List.of("p", "q"), List.of("divergences"));
  private static final CaseCall GAUSSIAN =
      CaseCall.call("kl_gaussian", List.of("mu1", "S1", "mu2", "S2"), List.of("kl"));

  /** Batch shape (B, T, K) of a categorical case and how its zeros are placed. */
  private record Batch(int b, int t, int k, Zeros zeros) {}

  /** Where a categorical case puts exact zeros. */
  private enum Zeros {
    NONE,
    IN_P,
    ONE_HOT_P,
    IN_Q,
    IDENTICAL
  }

  /** Dimension, scale of the covariances, condition spread, and whether the means agree. */
  private record Gauss(int d, double variance, double spread, boolean sameMean) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        categorical(ctx, TestCase.sample("sample-1-categorical"), new Batch(1, 3, 4, Zeros.NONE)));
    cases.add(gaussian(ctx, TestCase.sample("sample-2-gaussian"), new Gauss(2, 1.0, 1.0, false)));
    cases.add(
        categorical(ctx, TestCase.hidden("categorical-batched"), new Batch(3, 4, 5, Zeros.NONE)));
    cases.add(
        categorical(
            ctx, TestCase.hidden("categorical-zeros-in-p"), new Batch(2, 3, 6, Zeros.IN_P)));
    cases.add(
        categorical(
            ctx, TestCase.hidden("categorical-one-hot"), new Batch(2, 2, 3, Zeros.ONE_HOT_P)));
    cases.add(
        categorical(ctx, TestCase.hidden("categorical-q-zero"), new Batch(2, 4, 5, Zeros.IN_Q)));
    cases.add(
        categorical(
            ctx, TestCase.hidden("categorical-identical"), new Batch(2, 2, 4, Zeros.IDENTICAL)));
    cases.add(
        categorical(
            ctx, TestCase.hidden("categorical-two-outcomes"), new Batch(1, 1, 2, Zeros.NONE)));
    cases.add(
        categorical(
            ctx, TestCase.hidden("categorical-many-outcomes"), new Batch(2, 3, 1000, Zeros.IN_P)));
    cases.add(
        gaussian(ctx, TestCase.hidden("gaussian-one-dimension"), new Gauss(1, 2.0, 1.0, false)));
    cases.add(
        gaussian(ctx, TestCase.hidden("gaussian-full-covariance"), new Gauss(5, 1.0, 1.0, false)));
    cases.add(gaussian(ctx, TestCase.hidden("gaussian-same-mean"), new Gauss(4, 3.0, 1.0, true)));
    cases.add(
        gaussian(ctx, TestCase.hidden("gaussian-ill-conditioned"), new Gauss(6, 1.0, 30.0, false)));
    cases.add(
        gaussian(ctx, TestCase.hidden("gaussian-high-dimension"), new Gauss(120, 1e4, 1.0, false)));
    return cases;
  }

  private static TestCase categorical(GenerationContext ctx, TestCase.Builder builder, Batch s) {
    Rng rng = ctx.rng(builder.name());
    int rows = s.b() * s.t();
    double[] p = new double[rows * s.k()];
    double[] q = new double[rows * s.k()];
    for (int r = 0; r < rows; r++) {
      int from = r * s.k();
      fillSimplex(rng, p, from, s.k(), s.zeros() == Zeros.IN_P);
      fillSimplex(rng, q, from, s.k(), false);
      switch (s.zeros()) {
        case ONE_HOT_P -> oneHot(p, from, s.k(), rng.nextInt(s.k()));
        case IN_Q -> zeroOut(rng, p, q, from, s.k(), r);
        case IDENTICAL -> System.arraycopy(q, from, p, from, s.k());
        case NONE, IN_P -> {}
      }
    }
    NdArray pa = NdArray.ofDoubles(p, s.b(), s.t(), s.k());
    NdArray qa = NdArray.ofDoubles(q, s.b(), s.t(), s.k());
    return builder
        .describe("B = " + s.b() + ", T = " + s.t() + ", K = " + s.k() + describe(s.zeros()))
        .input("p", pa)
        .input("q", qa)
        .call(CATEGORICAL)
        .expect("divergences", KlDivergence.categorical(pa, qa))
        .build();
  }

  private static String describe(Zeros zeros) {
    return switch (zeros) {
      case NONE -> "";
      case IN_P -> ", zeros in p";
      case ONE_HOT_P -> ", p one-hot";
      case IN_Q -> ", zeros in q, some where p > 0 (inf) and some where p = 0 too";
      case IDENTICAL -> ", p = q";
    };
  }

  /**
   * Row r of an IN_Q case: an even row zeroes one outcome of q only (the divergence is +inf), an
   * odd row zeroes the same outcome of p and q (a finite divergence), and q is renormalised.
   */
  private static void zeroOut(Rng rng, double[] p, double[] q, int from, int k, int r) {
    int j = from + rng.nextInt(k);
    q[j] = 0;
    if (r % 2 == 1) {
      p[j] = 0;
      normalise(p, from, k);
    }
    normalise(q, from, k);
  }

  /** Exponential draws normalised (a flat Dirichlet); with zeros, about a third are set to 0. */
  private static void fillSimplex(Rng rng, double[] v, int from, int k, boolean zeros) {
    for (int j = from; j < from + k; j++) {
      v[j] = -Math.log(1 - rng.nextDouble());
    }
    if (zeros) {
      for (int j = from; j < from + k; j++) {
        if (rng.nextInt(3) == 0) {
          v[j] = 0;
        }
      }
      v[from + rng.nextInt(k)] = 1.0; // at least one outcome keeps mass
    }
    normalise(v, from, k);
  }

  private static void oneHot(double[] v, int from, int k, int hot) {
    for (int j = 0; j < k; j++) {
      v[from + j] = j == hot ? 1.0 : 0.0;
    }
  }

  private static void normalise(double[] v, int from, int k) {
    double sum = 0;
    for (int j = from; j < from + k; j++) {
      sum += v[j];
    }
    for (int j = from; j < from + k; j++) {
      v[j] /= sum;
    }
  }

  private static TestCase gaussian(GenerationContext ctx, TestCase.Builder builder, Gauss g) {
    Rng rng = ctx.rng(builder.name());
    int d = g.d();
    double[] mu1 = vector(rng, d, Math.sqrt(g.variance()));
    double[] mu2 = g.sameMean() ? mu1.clone() : vector(rng, d, Math.sqrt(g.variance()));
    double[][] s1 = covariance(rng, g);
    double[][] s2 = covariance(rng, g);
    return builder
        .describe(
            "d = "
                + d
                + ", full covariances of scale "
                + g.variance()
                + (g.spread() > 1 ? ", ill-conditioned" : "")
                + (g.sameMean() ? ", equal means" : ""))
        .input("mu1", array(mu1))
        .input("S1", array(s1))
        .input("mu2", array(mu2))
        .input("S2", array(s2))
        .call(GAUSSIAN)
        .expect("kl", scalar(KlDivergence.gaussian(mu1, s1, mu2, s2)))
        .build();
  }

  private static double[] vector(Rng rng, int d, double scale) {
    double[] v = new double[d];
    for (int i = 0; i < d; i++) {
      v[i] = scale * rng.nextGaussian();
    }
    return v;
  }

  /**
   * variance * (A A^T / d + I / 2) with A's columns scaled from 1 / spread to spread: symmetric
   * (built from its lower triangle), positive definite, full, and with condition number near
   * spread^4 when spread > 1.
   */
  private static double[][] covariance(Rng rng, Gauss g) {
    int d = g.d();
    double[][] a = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < d; k++) {
        double exponent = d == 1 ? 0 : 2.0 * k / (d - 1) - 1.0;
        a[i][k] = rng.nextGaussian() * Math.pow(g.spread(), exponent);
      }
    }
    double[][] s = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
          sum += a[i][k] * a[j][k];
        }
        double ridge = g.spread() > 1 ? 0 : (i == j ? 0.5 : 0);
        s[i][j] = g.variance() * (sum / d + ridge);
        s[j][i] = s[i][j];
      }
    }
    return s;
  }
}
