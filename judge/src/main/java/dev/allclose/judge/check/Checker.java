package dev.allclose.judge.check;

/**
 * Decides whether a case's results are right. The default compares every expected result with
 * tolerance ({@link OutputsChecker}); problems with many right answers or statistical properties
 * name their own in {@code problem.yaml} as {@code checker: java:<class>} (public, with a
 * no-argument constructor). Implementations must be stateless and thread-safe.
 */
public interface Checker {
  CheckResult check(CheckContext context);
}
