package dev.allclose.problems.biasvariance;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.numeric.NdArray;
import java.util.List;
import java.util.Optional;

/**
 * Judges problem 21 on two counts: the returned four numbers must satisfy the decomposition
 * expected_mse = bias_sq + variance + noise as a property of the solution's own values (within the
 * problem's tolerance for expected_mse, {@link Tolerance#accepts}), and each must match the
 * reference as the default checker would compare it ({@link OutputsChecker}).
 *
 * <p>The identity is checked first because its failure says more: a solution whose terms do not add
 * up has mixed two definitions (a sample variance next to a population one, an error without the
 * noise), and the one-line reason names the identity and the solution's own numbers, which a hidden
 * case may show. When the identity holds but a value is wrong (for instance every term consistently
 * built from the per-model errors), the value comparison decides. Results that are missing, not
 * scalars or not finite are left to the value comparison.
 *
 * <p>Stateless and thread-safe.
 */
public final class BiasVarianceChecker implements Checker {
  /** The result names of problem.yaml, in the contract's order. */
  static final List<String> RESULTS = List.of("bias_sq", "variance", "noise", "expected_mse");

  private final OutputsChecker values = new OutputsChecker();

  @Override
  public CheckResult check(CheckContext context) {
    CheckResult compared = values.check(context);
    Optional<String> broken = identityViolation(context);
    return broken
        .map(reason -> new CheckResult(false, reason, compared.outputs()))
        .orElse(compared);
  }

  /** The reason the returned numbers break the identity, or empty when they keep it. */
  static Optional<String> identityViolation(CheckContext context) {
    double[] v = new double[RESULTS.size()];
    for (int i = 0; i < v.length; i++) {
      NdArray a = context.actual().get(RESULTS.get(i));
      if (a == null || a.size() != 1 || (!a.dtype().isFloating() && !a.dtype().isInteger())) {
        return Optional.empty();
      }
      v[i] = a.getDouble(0);
      if (!Double.isFinite(v[i])) {
        return Optional.empty();
      }
    }
    double sum = v[0] + v[1] + v[2];
    Tolerance tol = context.metadata().toleranceFor("expected_mse");
    if (tol.accepts(v[3], sum)) {
      return Optional.empty();
    }
    return Optional.of(
        "the identity expected_mse = bias_sq + variance + noise does not hold for the returned"
            + " values: "
            + Numbers.format(v[0])
            + " + "
            + Numbers.format(v[1])
            + " + "
            + Numbers.format(v[2])
            + " = "
            + Numbers.format(sum)
            + ", but expected_mse = "
            + Numbers.format(v[3])
            + " (off by "
            + Numbers.error(Math.abs(sum - v[3]))
            + ")");
  }
}
