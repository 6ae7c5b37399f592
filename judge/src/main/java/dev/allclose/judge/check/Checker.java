package dev.allclose.judge.check;

/**
 * Decides whether a case's results are right. The default compares every expected result with
 * tolerance ({@link OutputsChecker}); problems with many right answers or statistical properties
 * have their own: a built-in problem's comes with its generator ({@code ProblemCodes}), a package
 * may name a class on the class path as {@code checker: java:<class>} (public, with a no-argument
 * constructor). Implementations must be stateless and thread-safe; numbers are compared with {@code
 * Tolerance.accepts}.
 */
public interface Checker {
  CheckResult check(CheckContext context);
}
