package dev.allclose.problems.entropy;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.entropy.MixtureEntropy;
import dev.allclose.reference.gaussian.Cholesky;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 20, mixture-entropy. Every case calls both entry points on one mixture: {@code
 * mog_entropy_mc(w, means, covs, samples) -> entropy_mc} and {@code mog_entropy_bounds(w, means,
 * covs) -> lower, upper}. The samples are drawn from the mixture, except the few far points that
 * {@code far-samples} adds.
 *
 * <p>Which case catches which wrong solution: every case with K > 1 has H(w) > 0, so an upper bound
 * without the mixing entropy (the average component entropy alone) is too small; a lower bound that
 * convolves with one covariance only, N(mu_i; mu_j, Sigma_j) instead of N(mu_i; mu_j, Sigma_i +
 * Sigma_j), is wrong in every case, K = 1 included; a log-density formed as log(sum_i w_i exp(...))
 * without the maximum subtracted underflows to log(0) on the points 100 standard deviations out in
 * {@code far-samples} and overflows (log densities near +780, past exp's 709) in {@code
 * concentrated}, where the lower bound's self-overlap terms overflow too. The edge cases: K = 1
 * (upper = the exact entropy, lower = it minus (D/2) log(e/2)), far-apart components (the upper
 * bound is nearly tight), identical components (the mixture is one Gaussian, and the upper bound
 * overshoots by H(w)), and D = 1.
 */
public final class MixtureEntropyCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call(
              "mog_entropy_mc", List.of("w", "means", "covs", "samples"), List.of("entropy_mc")),
          CaseCall.call(
              "mog_entropy_bounds", List.of("w", "means", "covs"), List.of("lower", "upper")));

  /** How the mixture's components are laid out. */
  private enum Layout {
    RANDOM,
    IDENTICAL
  }

  /**
   * K components in D dimensions, means N(0, spread^2), covariances scaled by {@code scale}, S
   * samples, and {@code far} extra points 100 standard deviations out.
   */
  private record Shape(
      int k, int d, double spread, double scale, int samples, int far, Layout layout) {
    static Shape of(int k, int d, double spread, int samples) {
      return new Shape(k, d, spread, 1.0, samples, 0, Layout.RANDOM);
    }

    Shape identical() {
      return new Shape(k, d, spread, scale, samples, far, Layout.IDENTICAL);
    }

    Shape scaled(double s) {
      return new Shape(k, d, spread, s, samples, far, layout);
    }

    Shape withFarPoints(int n) {
      return new Shape(k, d, spread, scale, samples, n, layout);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), Shape.of(2, 2, 1.5, 200)));
    cases.add(make(ctx, sample("sample-2-one-component"), Shape.of(1, 2, 0.0, 100)));
    cases.add(make(ctx, hidden("one-component-3d"), Shape.of(1, 3, 1.0, 150)));
    cases.add(make(ctx, hidden("overlapping"), Shape.of(3, 2, 0.3, 300)));
    cases.add(make(ctx, hidden("separated"), Shape.of(4, 2, 40.0, 300)));
    cases.add(make(ctx, hidden("identical"), Shape.of(3, 2, 1.0, 200).identical()));
    cases.add(make(ctx, hidden("many-components"), Shape.of(8, 3, 1.5, 400)));
    cases.add(make(ctx, hidden("one-dimension"), Shape.of(2, 1, 1.0, 200)));
    cases.add(make(ctx, hidden("far-samples"), Shape.of(2, 2, 1.0, 200).withFarPoints(5)));
    cases.add(make(ctx, hidden("concentrated"), Shape.of(2, 100, 1e-3, 100).scaled(1e-8)));
    cases.add(make(ctx, hidden("larger"), Shape.of(5, 6, 2.0, 1000)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[] w = weights(rng, s.k());
    double[][] means = new double[s.k()][];
    double[][][] covs = new double[s.k()][][];
    for (int i = 0; i < s.k(); i++) {
      boolean fresh = i == 0 || s.layout() == Layout.RANDOM;
      means[i] = fresh ? NestedArrays.toVector(rng.normal(s.spread(), s.d())) : means[0].clone();
      covs[i] = fresh ? covariance(rng, s.d(), s.scale()) : copy(covs[0]);
    }
    double[][] samples = draw(rng, w, means, covs, s.samples(), s.far());
    MixtureEntropy.Bounds b = MixtureEntropy.bounds(w, means, covs);
    return builder
        .describe(describe(s))
        .input("w", array(w))
        .input("means", array(means))
        .input("covs", array(covs))
        .input("samples", array(samples))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("entropy_mc", scalar(MixtureEntropy.monteCarlo(w, means, covs, samples)))
        .expect("lower", scalar(b.lower()))
        .expect("upper", scalar(b.upper()))
        .build();
  }

  /** Weights in proportion to 0.3 + U(0, 1), so none is tiny. */
  private static double[] weights(Rng rng, int k) {
    double[] w = new double[k];
    double total = 0;
    for (int i = 0; i < k; i++) {
      w[i] = 0.3 + rng.nextDouble();
      total += w[i];
    }
    for (int i = 0; i < k; i++) {
      w[i] /= total;
    }
    return w;
  }

  /** scale (A A^T / D + 0.2 I) for A with N(0, 1) entries. */
  private static double[][] covariance(Rng rng, int d, double scale) {
    double[][] a = NestedArrays.toMatrix(rng.normal(1.0, d, d));
    double[][] c = new double[d][d];
    for (int r = 0; r < d; r++) {
      for (int col = 0; col < d; col++) {
        double sum = r == col ? 0.2 : 0;
        for (int t = 0; t < d; t++) {
          sum += a[r][t] * a[col][t] / d;
        }
        c[r][col] = scale * sum;
      }
    }
    return c;
  }

  /** n draws from the mixture, then {@code far} points 100 units from the first mean. */
  private static double[][] draw(
      Rng rng, double[] w, double[][] means, double[][][] covs, int n, int far) {
    Cholesky[] factors = new Cholesky[covs.length];
    for (int i = 0; i < covs.length; i++) {
      factors[i] = Cholesky.of(covs[i]);
    }
    double[][] out = new double[n + far][];
    for (int s = 0; s < n; s++) {
      int i = component(rng, w);
      double[] x = factors[i].timesFactor(NestedArrays.toVector(rng.normal(1.0, means[i].length)));
      for (int r = 0; r < x.length; r++) {
        x[r] += means[i][r];
      }
      out[s] = x;
    }
    for (int f = 0; f < far; f++) {
      double[] direction = NestedArrays.toVector(rng.normal(1.0, means[0].length));
      double norm = Math.sqrt(dot(direction, direction));
      double[] x = means[0].clone();
      for (int r = 0; r < x.length; r++) {
        x[r] += 100 * direction[r] / norm;
      }
      out[n + f] = x;
    }
    return out;
  }

  private static int component(Rng rng, double[] w) {
    double u = rng.nextDouble();
    int i = 0;
    while (i < w.length - 1 && u > w[i]) {
      u -= w[i];
      i++;
    }
    return i;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static String describe(Shape s) {
    return String.format(
        Locale.ROOT,
        "K = %d, D = %d, means spread %s, %d samples%s%s%s",
        s.k(),
        s.d(),
        s.spread(),
        s.samples(),
        s.layout() == Layout.IDENTICAL ? ", identical components" : "",
        s.far() > 0 ? ", plus " + s.far() + " points 100 units out" : "",
        s.scale() != 1 ? ", covariances scaled by " + s.scale() : "");
  }
}
