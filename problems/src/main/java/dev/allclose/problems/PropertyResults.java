package dev.allclose.problems;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.NdArray;
import java.util.function.Function;

/**
 * What the property checkers share: reading a solution's result or saying plainly why it cannot be
 * read, and quoting the strings a message names. A checker writes its rules as a function from the
 * case to its first failure ("" when none) and lets {@link #check} turn an unreadable result into
 * the verdict's message.
 */
public final class PropertyResults {
  private static final int QUOTED_CHARS = 40;

  private PropertyResults() {}

  /** Runs {@code firstFailure}; an unreadable result ends the check with its reason. */
  public static CheckResult check(CheckContext ctx, Function<CheckContext, String> firstFailure) {
    try {
      String failure = firstFailure.apply(ctx);
      return failure.isEmpty() ? CheckResult.accept() : CheckResult.reject(failure);
    } catch (UnusableResult e) {
      return CheckResult.reject(e.verdict);
    }
  }

  /** The result {@code name}, or an {@link UnusableResult} saying why there is none. */
  public static NdArray usable(CheckContext ctx, String name) {
    NdArray a = ctx.actual().get(name);
    if (a != null) {
      return a;
    }
    OutputInfo info = ctx.outputs().get(name);
    String problem =
        info == null
            ? "was not returned"
            : info.problem() == null ? "could not be read" : info.problem();
    throw unusable(ctx, name, problem);
  }

  /** A result of the wrong kind or size; thrown, it ends {@link #check} with this message. */
  public static UnusableResult unusable(CheckContext ctx, String name, String problem) {
    ValueType type = ctx.resultTypes().get(name);
    String expected = type == null ? "" : " (the contract says " + type.text() + ")";
    return new UnusableResult(name + ": " + problem + expected);
  }

  /** What the solution returned for {@code name}, as its harness described it, with the shape. */
  public static String kind(CheckContext ctx, String name, NdArray a) {
    OutputInfo info = ctx.outputs().get(name);
    String shape = a.rank() == 0 ? "" : " of shape " + NdArray.formatShape(a.shape());
    return (info == null ? a.dtype().numpyName() + " values" : info.kind()) + shape;
  }

  /** A string in quotes, cut after 40 code points. */
  public static String quote(String item) {
    int cut =
        item.offsetByCodePoints(0, Math.min(QUOTED_CHARS, item.codePointCount(0, item.length())));
    return "'" + item.substring(0, cut) + (cut < item.length() ? "..." : "") + "'";
  }

  /** A result that is missing or of the wrong kind: the message is the verdict's. */
  public static final class UnusableResult extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String verdict;

    UnusableResult(String verdict) {
      super(verdict, null, false, false);
      this.verdict = verdict;
    }
  }
}
