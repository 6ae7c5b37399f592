package dev.allclose.server;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;

/** A checker whose class cannot initialise: loading it throws an Error, not an Exception. */
public final class ExplodingChecker implements Checker {
  private static final int BROKEN = explode();

  private static int explode() {
    throw new IllegalStateException("this checker cannot initialise");
  }

  @Override
  public CheckResult check(CheckContext context) {
    return BROKEN == 0 ? CheckResult.accept() : CheckResult.reject("unreachable");
  }
}
