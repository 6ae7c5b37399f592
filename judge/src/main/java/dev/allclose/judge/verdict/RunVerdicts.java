package dev.allclose.judge.verdict;

import dev.allclose.harness.protocol.Event;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.Prepared;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The verdict rules above single cases: a solution refused before running, a harness that reports
 * the solution cannot run at all, which case verdicts stop the run, and the submission's verdict
 * from its cases' ({@link CaseVerdicts} decides each case).
 */
public final class RunVerdicts {
  private RunVerdicts() {}

  /** A solution the runner refused before running it. */
  public static Verdict ofRejection(Prepared.Reason reason) {
    return switch (reason) {
      case DOES_NOT_COMPILE -> Verdict.COMPILE_ERROR;
      case BANNED_CALL -> Verdict.BANNED_CALL;
      case NO_COMPILER -> Verdict.INTERNAL_ERROR;
    };
  }

  /** A harness's report that nothing can run, by where it happened. */
  public static Verdict ofFatal(Event.Phase phase) {
    return switch (phase) {
      case SYNTAX, LINK -> Verdict.COMPILE_ERROR;
      case BANNED -> Verdict.BANNED_CALL;
      case IMPORT -> Verdict.RUNTIME_ERROR;
      case HARNESS -> Verdict.INTERNAL_ERROR;
    };
  }

  /**
   * Whether a case's verdict means its process is gone, so no later case can run: the limits the
   * judge enforces by stopping the process, and a case that never ran ({@code null}).
   */
  public static boolean stopsRun(@Nullable CaseReport r) {
    if (r == null) {
      return true;
    }
    return switch (r.verdict()) {
      case TIME_LIMIT, MEMORY_LIMIT, OUTPUT_LIMIT, SKIPPED, INTERNAL_ERROR -> true;
      default -> false;
    };
  }

  /** The first case, in order, that failed (not run does not count), if any. */
  public static Optional<CaseReport> firstFailure(List<CaseReport> cases) {
    return cases.stream()
        .filter(r -> !r.verdict().accepted() && r.verdict() != Verdict.SKIPPED)
        .findFirst();
  }

  /** The submission's verdict: accepted when no case failed, else the first failure's. */
  public static Verdict overall(List<CaseReport> cases) {
    return firstFailure(cases).map(CaseReport::verdict).orElse(Verdict.ACCEPTED);
  }
}
