package dev.allclose.problems.variational;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.variational.LinearGaussianElbo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 18, elbo: {@code elbo_terms(x, W, b, s2, m, S) -> elbo, log_evidence,
 * kl_to_posterior} for one observation x (d) of the model z ~ N(0, I_k), x | z ~ N(W z + b, s2 I_d)
 * and q = N(m, S). Judged by {@link ElboChecker}: the identity elbo = log_evidence -
 * kl_to_posterior, then every value against the reference.
 *
 * <p>x is drawn from the model itself. In the {@code *-posterior} cases q is the exact posterior,
 * so kl_to_posterior = 0 and elbo = log_evidence; elsewhere m is the posterior mean moved by N(0,
 * 1/4) noise and S a random positive definite matrix, so the gap is several nats.
 *
 * <p>Which case catches which wrong solution: every case has W != 0 and S positive definite, so an
 * expected log-likelihood without its tr(W S W^T) / (2 s2) term overstates the ELBO (by about 2.4e6
 * nats in {@code tiny-noise}, s2 = 1e-6) and breaks the identity; the KL taken the wrong way round,
 * KL(posterior || q), differs from KL(q || posterior) in every case where q is not the posterior;
 * the evidence from log(det(C)) underflows to log(0) in {@code tiny-noise-posterior} (d = 64, s2 =
 * 1e-6, det C about 1e-361). The shapes cover k > d, k < d, k = d and d = k = 1; {@code mean-field}
 * has a diagonal S.
 */
public final class ElboCases implements CaseGenerator {

  /** Observation and latent sizes, noise variance, whether q is the posterior or diagonal. */
  private record Shape(int d, int k, double s2, Family q) {}

  /** How q is chosen. */
  private enum Family {
    PERTURBED,
    POSTERIOR,
    DIAGONAL
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), new Shape(3, 2, 0.5, Family.PERTURBED)));
    cases.add(make(ctx, sample("sample-2-posterior"), new Shape(4, 2, 0.3, Family.POSTERIOR)));
    cases.add(make(ctx, hidden("k-above-d"), new Shape(2, 5, 0.7, Family.PERTURBED)));
    cases.add(make(ctx, hidden("k-above-d-posterior"), new Shape(3, 6, 0.2, Family.POSTERIOR)));
    cases.add(make(ctx, hidden("k-below-d"), new Shape(9, 2, 0.1, Family.PERTURBED)));
    cases.add(make(ctx, hidden("k-below-d-posterior"), new Shape(8, 3, 0.4, Family.POSTERIOR)));
    cases.add(make(ctx, hidden("square"), new Shape(4, 4, 1.5, Family.PERTURBED)));
    cases.add(make(ctx, hidden("scalar"), new Shape(1, 1, 0.4, Family.PERTURBED)));
    cases.add(make(ctx, hidden("mean-field"), new Shape(5, 3, 0.25, Family.DIAGONAL)));
    cases.add(make(ctx, hidden("tiny-noise"), new Shape(6, 2, 1e-6, Family.PERTURBED)));
    cases.add(make(ctx, hidden("tiny-noise-posterior"), new Shape(64, 3, 1e-6, Family.POSTERIOR)));
    cases.add(make(ctx, hidden("larger"), new Shape(30, 8, 0.05, Family.PERTURBED)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[][] w = NestedArrays.toMatrix(rng.normal(1.0, s.d(), s.k()));
    double[] b = NestedArrays.toVector(rng.normal(1.0, s.d()));
    double[] z = NestedArrays.toVector(rng.normal(1.0, s.k()));
    double[] noise = NestedArrays.toVector(rng.normal(Math.sqrt(s.s2()), s.d()));
    double[] x = new double[s.d()];
    for (int i = 0; i < s.d(); i++) {
      x[i] = b[i] + noise[i];
      for (int a = 0; a < s.k(); a++) {
        x[i] += w[i][a] * z[a];
      }
    }
    double[] m = LinearGaussianElbo.posteriorMean(x, w, b, s.s2());
    double[][] cov = LinearGaussianElbo.posteriorCovariance(w, s.s2());
    if (s.q() != Family.POSTERIOR) {
      double[] shift = NestedArrays.toVector(rng.normal(0.5, s.k()));
      for (int a = 0; a < s.k(); a++) {
        m[a] += shift[a];
      }
      cov = randomCovariance(rng, s.k(), s.q() == Family.DIAGONAL);
    }
    LinearGaussianElbo.Terms t = LinearGaussianElbo.terms(x, w, b, s.s2(), m, cov);
    return builder
        .describe(describe(s))
        .input("x", array(x))
        .input("W", array(w))
        .input("b", array(b))
        .input("s2", scalar(s.s2()))
        .input("m", array(m))
        .input("S", array(cov))
        .expect("elbo", scalar(t.elbo()))
        .expect("log_evidence", scalar(t.logEvidence()))
        .expect("kl_to_posterior", scalar(t.klToPosterior()))
        .build();
  }

  /** 0.5 (A A^T / k + 0.3 I) for A with N(0, 1) entries, or a diagonal in [0.1, 1]. */
  private static double[][] randomCovariance(Rng rng, int k, boolean diagonal) {
    double[][] s = new double[k][k];
    if (diagonal) {
      for (int i = 0; i < k; i++) {
        s[i][i] = rng.uniform(0.1, 1.0);
      }
      return s;
    }
    double[][] a = NestedArrays.toMatrix(rng.normal(1.0, k, k));
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < k; c++) {
          s[i][j] += 0.5 * a[i][c] * a[j][c] / k;
        }
      }
      s[i][i] += 0.15;
    }
    return s;
  }

  private static String describe(Shape s) {
    return String.format(
        Locale.ROOT,
        "d = %d, k = %d, s2 = %s, q %s",
        s.d(),
        s.k(),
        s.s2(),
        switch (s.q()) {
          case PERTURBED -> "away from the posterior";
          case POSTERIOR -> "equal to the exact posterior";
          case DIAGONAL -> "with a diagonal covariance";
        });
  }
}
