package dev.allclose.judge;

import dev.allclose.harness.protocol.Event;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Limits;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.report.WorstElement;
import dev.allclose.judge.run.RunOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The verdict rules: from what the harness reported (or how its process died) to a case's verdict
 * and its one-line message. Knows nothing of processes or files.
 */
final class CaseVerdicts {
  private static final Map<Integer, String> SIGNALS =
      Map.of(
          4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 24,
          "SIGXCPU", 25, "SIGXFSZ");

  private CaseVerdicts() {}

  /**
   * A case the harness finished; {@code check} runs only when the solution returned normally.
   *
   * @param banReason the problem's sentence on banned calls, added to a call refused at run time
   */
  static CaseReport ended(
      TestCase c, Event end, Limits limits, String banReason, Supplier<CheckResult> check) {
    String stdout = text(end.stdout());
    String status = text(end.status());
    double ms = end.timeMs();
    return switch (status) {
      case "ok" -> {
        if (ms > limits.timeMs()) {
          yield plain(
              c,
              end,
              limits,
              Verdict.TIME_LIMIT,
              "took " + seconds(ms) + ", over the " + seconds(limits.timeMs()) + " limit" + note(c),
              null);
        }
        CheckResult r = check.get();
        yield withOutputs(
            c,
            end,
            limits,
            r.accepted() ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER,
            r.message(),
            r.outputs(),
            stdout);
      }
      case "memory" ->
          plain(
              c,
              end,
              limits,
              Verdict.MEMORY_LIMIT,
              "ran out of memory: the limit is " + limits.memoryMb() + " MiB" + note(c),
              null);
      case "banned" ->
          plain(
              c,
              end,
              limits,
              Verdict.BANNED_CALL,
              text(end.error()) + (banReason.isEmpty() ? "" : ". " + banReason),
              end.traceback());
      case "output" ->
          plain(
              c,
              end,
              limits,
              Verdict.OUTPUT_LIMIT,
              "printed more than " + limits.outputKb() + " KiB; remove debugging prints from loops",
              null);
      default -> plain(c, end, limits, Verdict.RUNTIME_ERROR, text(end.error()), end.traceback());
    };
  }

  /** The case that was running when the process stopped without reporting its end. */
  static CaseReport interrupted(TestCase c, RunOutcome outcome, Limits limits, long allowanceMs) {
    Verdict verdict;
    String message;
    switch (outcome.termination()) {
      case TIMED_OUT -> {
        verdict = Verdict.TIME_LIMIT;
        message =
            "still running after "
                + seconds((double) allowanceMs)
                + " (the limit is "
                + seconds(limits.timeMs())
                + "), so it was stopped"
                + note(c);
      }
      case OUTPUT_OVERFLOW -> {
        verdict = Verdict.OUTPUT_LIMIT;
        message = "wrote too much to stdout/stderr, so it was stopped";
      }
      default -> {
        int signal = outcome.signal().orElse(0);
        if (signal == 24) {
          verdict = Verdict.TIME_LIMIT;
          message = "used up its CPU time and was stopped by the system" + note(c);
        } else if (signal == 25) {
          verdict = Verdict.OUTPUT_LIMIT;
          message = "wrote a file larger than the judge allows";
        } else if (signal > 0) {
          verdict = Verdict.RUNTIME_ERROR;
          message =
              "the process died with signal "
                  + signal
                  + " ("
                  + SIGNALS.getOrDefault(signal, "?")
                  + ")"
                  + (signal == 9 ? "; the system kills processes that exhaust its memory" : "");
        } else {
          verdict = Verdict.RUNTIME_ERROR;
          message =
              "the process exited with status "
                  + outcome.exitCode()
                  + " in the middle of the case: return a value instead of calling exit()";
        }
      }
    }
    return CaseReport.withoutOutputs(
        c.name(),
        c.visible(),
        c.description(),
        verdict,
        message,
        0,
        0,
        limits.timeMs(),
        "",
        0,
        null);
  }

  /** The first case, when the process never got to it: the solution did not finish loading. */
  static CaseReport neverStarted(TestCase c, Limits limits, long startupMs) {
    return CaseReport.withoutOutputs(
        c.name(),
        c.visible(),
        c.description(),
        Verdict.TIME_LIMIT,
        "the solution did not finish loading within "
            + seconds((double) startupMs)
            + " (code at module or class level runs while loading)",
        0,
        0,
        limits.timeMs(),
        "",
        0,
        null);
  }

  static CaseReport skipped(TestCase c, Limits limits, String why) {
    return CaseReport.withoutOutputs(
        c.name(),
        c.visible(),
        c.description(),
        Verdict.SKIPPED,
        why,
        0,
        0,
        limits.timeMs(),
        "",
        0,
        null);
  }

  private static CaseReport plain(
      TestCase c, Event end, Limits limits, Verdict v, String message, @Nullable String traceback) {
    return CaseReport.withoutOutputs(
        c.name(),
        c.visible(),
        c.description(),
        v,
        message,
        end.timeMs(),
        end.peakKb(),
        limits.timeMs(),
        text(end.stdout()),
        end.stdoutBytes(),
        traceback);
  }

  private static CaseReport withOutputs(
      TestCase c,
      Event end,
      Limits limits,
      Verdict v,
      String message,
      List<OutputReport> outputs,
      String stdout) {
    Double maxAbs = null;
    Double maxRel = null;
    WorstElement worst = null;
    double worstFraction = -1;
    for (OutputReport o : outputs) {
      if (o.maxAbsError() != null) {
        maxAbs = maxAbs == null ? o.maxAbsError() : Math.max(maxAbs, o.maxAbsError());
      }
      if (o.maxRelError() != null) {
        maxRel = maxRel == null ? o.maxRelError() : Math.max(maxRel, o.maxRelError());
      }
      boolean firstFailure = !o.matched() && (worst == null || worstFraction < 2);
      if (o.worst() != null
          && (firstFailure
              ? worstFraction < 2
              : o.mismatchFraction() > worstFraction && worstFraction < 2)) {
        worst = o.worst();
        worstFraction = o.matched() ? o.mismatchFraction() : 2; // a failing output's worst wins
      }
    }
    return new CaseReport(
        c.name(),
        c.visible(),
        c.description(),
        v,
        message,
        end.timeMs(),
        end.peakKb(),
        limits.timeMs(),
        outputs,
        maxAbs,
        maxRel,
        worst,
        stdout,
        end.stdoutBytes(),
        null);
  }

  private static String note(TestCase c) {
    return c.limitNote().isEmpty() ? "" : ". " + c.limitNote();
  }

  static String seconds(double ms) {
    return ms < 1000
        ? Math.round(ms) + " ms"
        : Numbers.format(Math.round(ms / 100.0) / 10.0).replace(".0", "") + " s";
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  static String describeCase(CaseReport r) {
    return "case "
        + r.name()
        + (r.description().isEmpty() ? "" : " (" + r.description().toLowerCase(Locale.ROOT) + ")");
  }
}
