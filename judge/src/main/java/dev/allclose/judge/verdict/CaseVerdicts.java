package dev.allclose.judge.verdict;

import dev.allclose.harness.protocol.Event;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Allowances;
import dev.allclose.judge.problem.Limits;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.report.WorstElement;
import dev.allclose.judge.run.CaseRun;
import dev.allclose.judge.run.RunOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The verdict rules: from what the judge measured and read of a case (or how its process stopped)
 * to the case's verdict and its one-line message. Times are the judge's own; the harness's account
 * decides only how the solution failed when it says it failed. Knows nothing of processes or files.
 */
public final class CaseVerdicts {
  private static final Map<Integer, String> SIGNALS =
      Map.of(
          4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 24,
          "SIGXCPU", 25, "SIGXFSZ");

  /** What a case used, as shown in its report. */
  private record Usage(double timeMs, double cpuMs, long memoryKb) {
    static final Usage NONE = new Usage(0, 0, 0);

    static Usage of(CaseRun run) {
      return new Usage(run.wallMs(), run.cpuMs(), run.end().peakKb());
    }
  }

  /** What a case printed. */
  private record Printed(String text, long bytes) {
    static final Printed NOTHING = new Printed("", 0);

    static Printed of(Event.End end) {
      return new Printed(CaseVerdicts.text(end.stdout()), end.stdoutBytes());
    }
  }

  /** A verdict and its message. */
  private record Decision(Verdict verdict, String message) {}

  private CaseVerdicts() {}

  /**
   * A case the harness finished; {@code check} runs only when the solution returned normally in
   * time. The time is the judge's own: from its request for the case to the case's end.
   *
   * @param banReason the problem's sentence on banned calls, added to a call refused at run time
   */
  public static CaseReport ended(
      TestCase c, CaseRun run, Limits limits, String banReason, Supplier<CheckResult> check) {
    Event.End end = run.end();
    Usage usage = Usage.of(run);
    Printed printed = Printed.of(end);
    return switch (end.status()) {
      case OK -> {
        if (Allowances.overTime(limits, run.wallMs(), run.transferredBytes())) {
          String message =
              "took "
                  + seconds(run.wallMs())
                  + ", over the "
                  + seconds(limits.timeMs())
                  + " limit"
                  + note(c);
          yield plain(c, limits, new Decision(Verdict.TIME_LIMIT, message), usage, printed, null);
        }
        CheckResult r = check.get();
        Verdict v = r.accepted() ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
        yield withOutputs(c, limits, new Decision(v, r.message()), usage, printed, r.outputs());
      }
      case MEMORY -> {
        String message = "ran out of memory: the limit is " + limits.memoryMb() + " MiB" + note(c);
        yield plain(c, limits, new Decision(Verdict.MEMORY_LIMIT, message), usage, printed, null);
      }
      case BANNED -> {
        String message = text(end.error()) + (banReason.isEmpty() ? "" : ". " + banReason);
        yield plain(
            c, limits, new Decision(Verdict.BANNED_CALL, message), usage, printed, end.traceback());
      }
      case OUTPUT -> {
        String message =
            end.error() != null
                ? end.error()
                : "printed more than "
                    + limits.outputKb()
                    + " KiB; remove debugging prints from loops";
        yield plain(c, limits, new Decision(Verdict.OUTPUT_LIMIT, message), usage, printed, null);
      }
      case ERROR ->
          plain(
              c,
              limits,
              new Decision(Verdict.RUNTIME_ERROR, text(end.error())),
              usage,
              printed,
              end.traceback());
    };
  }

  /** The same case report under another verdict and message. */
  public static CaseReport relabelled(CaseReport r, Verdict verdict, String message) {
    return new CaseReport(
        r.name(),
        r.visible(),
        r.description(),
        verdict,
        message,
        r.timeMs(),
        r.cpuMs(),
        r.memoryKb(),
        r.timeLimitMs(),
        r.outputs(),
        r.maxAbsError(),
        r.maxRelError(),
        r.worst(),
        r.stdout(),
        r.stdoutBytes(),
        r.traceback());
  }

  /** The case that was running when the harness reported a fault of its own. */
  public static CaseReport harnessFault(TestCase c, Limits limits, Event.Fatal fatal) {
    Decision d = new Decision(Verdict.INTERNAL_ERROR, text(fatal.message()));
    return plain(c, limits, d, Usage.NONE, Printed.NOTHING, fatal.traceback());
  }

  /** The case that was running when the process stopped without reporting its end. */
  public static CaseReport interrupted(
      TestCase c, RunOutcome.Stop stop, Limits limits, long allowanceMs, long peakKb) {
    Decision d =
        switch (stop.reason()) {
          case TIMED_OUT, STARTUP_TIMED_OUT ->
              new Decision(
                  Verdict.TIME_LIMIT,
                  "still running after "
                      + seconds((double) allowanceMs)
                      + " (the limit is "
                      + seconds(limits.timeMs())
                      + "), so it was stopped"
                      + note(c));
          case OUTPUT_OVERFLOW ->
              new Decision(
                  Verdict.OUTPUT_LIMIT, "wrote too much to stdout/stderr, so it was stopped");
          case FILES_OVERFLOW ->
              new Decision(
                  Verdict.OUTPUT_LIMIT,
                  "wrote too much to files (its folders may hold what one file may), so it was"
                      + " stopped");
          case MEMORY_KILLED ->
              new Decision(
                  Verdict.MEMORY_LIMIT,
                  "its processes together went past the memory limit ("
                      + limits.memoryMb()
                      + " MiB for the solution), so the system stopped them"
                      + note(c));
          case PROTOCOL ->
              new Decision(
                  Verdict.RUNTIME_ERROR,
                  "the solution's process broke the judge's protocol ("
                      + stop.detail()
                      + "); a solution must not write to the harness's streams");
          case EXITED -> exited(stop);
        };
    return plain(c, limits, d, new Usage(stop.wallMs(), 0, peakKb), Printed.NOTHING, null);
  }

  private static Decision exited(RunOutcome.Stop stop) {
    int signal = stop.signal().orElse(0);
    if (signal == 24) {
      return new Decision(Verdict.TIME_LIMIT, "used up its CPU time and was stopped by the system");
    }
    if (signal == 25) {
      return new Decision(Verdict.OUTPUT_LIMIT, "wrote a file larger than the judge allows");
    }
    if (signal > 0) {
      return new Decision(
          Verdict.RUNTIME_ERROR,
          "the process died with signal "
              + signal
              + " ("
              + SIGNALS.getOrDefault(signal, "?")
              + ")"
              + (signal == 9 ? "; the system kills processes that exhaust its memory" : ""));
    }
    if (!stop.detail().isEmpty()) {
      return new Decision(Verdict.RUNTIME_ERROR, "the harness stopped: " + stop.detail());
    }
    return new Decision(
        Verdict.RUNTIME_ERROR,
        "the process exited with status "
            + stop.exitCode()
            + " in the middle of the case: return a value instead of calling exit()");
  }

  /**
   * The first case, when the process never got to it: the solution did not finish loading. Its time
   * is how long loading ran before it was stopped.
   */
  public static CaseReport neverStarted(
      TestCase c, Limits limits, RunOutcome.Stop stop, long peakKb, long startupMs) {
    Decision d =
        new Decision(
            Verdict.TIME_LIMIT,
            "the solution did not finish loading within "
                + seconds((double) startupMs)
                + " (code at module or class level runs while loading)");
    return plain(c, limits, d, new Usage(stop.wallMs(), 0, peakKb), Printed.NOTHING, null);
  }

  public static CaseReport skipped(TestCase c, Limits limits, String why) {
    return plain(c, limits, new Decision(Verdict.SKIPPED, why), Usage.NONE, Printed.NOTHING, null);
  }

  private static CaseReport plain(
      TestCase c,
      Limits limits,
      Decision d,
      Usage usage,
      Printed printed,
      @Nullable String traceback) {
    return new CaseReport(
        c.name(),
        c.visible(),
        c.description(),
        d.verdict(),
        d.message(),
        usage.timeMs(),
        usage.cpuMs(),
        usage.memoryKb(),
        limits.timeMs(),
        List.of(),
        null,
        null,
        null,
        printed.text(),
        printed.bytes(),
        traceback);
  }

  private static CaseReport withOutputs(
      TestCase c,
      Limits limits,
      Decision d,
      Usage usage,
      Printed printed,
      List<OutputReport> checked) {
    List<OutputReport> outputs =
        c.visible() ? checked : checked.stream().map(CaseVerdicts::errorsOnly).toList();
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
        d.verdict(),
        d.message(),
        usage.timeMs(),
        usage.cpuMs(),
        usage.memoryKb(),
        limits.timeMs(),
        outputs,
        maxAbs,
        maxRel,
        worst,
        printed.text(),
        printed.bytes(),
        null);
  }

  /**
   * A hidden case's output report as any checker made it, without the expected values a checker may
   * have put in its structured fields (the worst element's expected value, the excerpt).
   */
  private static OutputReport errorsOnly(OutputReport o) {
    return new OutputReport(
        o.name(),
        o.matched(),
        o.message(),
        o.expectedType(),
        o.expectedShape(),
        o.actualKind(),
        o.actualShape(),
        o.mismatched(),
        o.total(),
        o.mismatchFraction(),
        o.maxAbsError(),
        o.maxRelError(),
        withoutExpected(o.worst()),
        withoutExpected(o.maxAbsElement()),
        o.nanCount(),
        o.nanPositions(),
        o.infCount(),
        o.infPositions(),
        null);
  }

  private static @Nullable WorstElement withoutExpected(@Nullable WorstElement w) {
    return w == null ? null : new WorstElement(w.index(), null, w.actual());
  }

  private static String note(TestCase c) {
    return c.limitNote().isEmpty() ? "" : ". " + c.limitNote();
  }

  public static String seconds(double ms) {
    return ms < 1000
        ? Math.round(ms) + " ms"
        : Numbers.format(Math.round(ms / 100.0) / 10.0).replace(".0", "") + " s";
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s;
  }

  public static String describeCase(CaseReport r) {
    return "case " + r.name() + (r.description().isEmpty() ? "" : " (" + r.description() + ")");
  }
}
