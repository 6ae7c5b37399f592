package dev.allclose.problems.variational;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Tolerance;
import java.util.Optional;

/**
 * Judges problem 18, elbo. Two properties come before the values: kl_to_posterior is not negative
 * (beyond the tolerance's atol), and the three returned numbers satisfy the identity elbo =
 * log_evidence - kl_to_posterior within the problem's tolerance for {@code elbo}, scaled by
 * |log_evidence| + |kl_to_posterior| (the size of the terms being subtracted). A solution that
 * passes both must still match each value ({@link OutputsChecker}); the properties only give the
 * failure its reason, naming the identity a wrong ELBO breaks. Stateless and thread-safe.
 */
public final class ElboChecker implements Checker {
  static final String ELBO = "elbo";
  static final String LOG_EVIDENCE = "log_evidence";
  static final String KL = "kl_to_posterior";

  private final OutputsChecker values = new OutputsChecker();

  @Override
  public CheckResult check(CheckContext context) {
    CheckResult compared = values.check(context);
    Optional<Double> elbo = scalar(context, ELBO);
    Optional<Double> logEvidence = scalar(context, LOG_EVIDENCE);
    Optional<Double> kl = scalar(context, KL);
    if (elbo.isEmpty() || logEvidence.isEmpty() || kl.isEmpty()) {
      return compared; // the value comparison says what is missing or unreadable
    }
    String broken =
        propertyFailure(
            elbo.get(), logEvidence.get(), kl.get(), context.metadata().toleranceFor(ELBO));
    return broken.isEmpty() ? compared : new CheckResult(false, broken, compared.outputs());
  }

  /** The first property the three numbers break, or "" when they satisfy both. */
  static String propertyFailure(double elbo, double logEvidence, double kl, Tolerance tol) {
    if (kl < -tol.allowed(0)) {
      return "kl_to_posterior = "
          + Numbers.format(kl)
          + " is negative, but a KL divergence is never negative";
    }
    double implied = logEvidence - kl;
    double allowed = tol.allowed(Math.abs(logEvidence) + Math.abs(kl));
    if (!(Math.abs(elbo - implied) <= allowed)) {
      return "the identity elbo = log_evidence - kl_to_posterior fails: elbo = "
          + Numbers.format(elbo)
          + " but log_evidence - kl_to_posterior = "
          + Numbers.format(implied);
    }
    return "";
  }

  /** The named result when it was returned as one finite number. */
  private static Optional<Double> scalar(CheckContext context, String name) {
    return context
        .result(name)
        .filter(a -> a.size() == 1 && (a.dtype().isFloating() || a.dtype().isInteger()))
        .map(a -> a.getDouble(0))
        .filter(Double::isFinite);
  }
}
