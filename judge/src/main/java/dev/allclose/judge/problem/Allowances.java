package dev.allclose.judge.problem;

/**
 * The judge's limit formulas: what it allows a run beyond a problem's {@link Limits}, in one place
 * so that a change to one shows in all of them. Each allowance covers a cost the solution does not
 * control (the judge's own handing over of files, a runtime's start-up, a process that outlives a
 * case), so that a solution inside its limits is never stopped by the machinery around it.
 *
 * <p>The per-language part of memory and processes (an interpreter's or a JVM's own footprint) is
 * the runner's: see {@code PythonRunner} and {@code JavaRunner}, which add it with {@code
 * ProcessLimits.forRun}.
 */
public final class Allowances {
  /**
   * How long a harness may take to load the solution before its first case (and to finish after its
   * last): Python with NumPy or a JVM starts in about a second; a sandbox on a loaded machine may
   * take several.
   */
  public static final long STARTUP_MS = 30_000;

  private Allowances() {}

  /**
   * The time a case may take beyond its limit for what the judge's clock sees besides the
   * solution's own work: handing over the request, reading the input file and writing the output
   * file. About 20 ms per MiB moved, plus a fixed 25 ms.
   */
  public static double transferMs(long bytes) {
    return 25 + bytes / 50_000.0;
  }

  /** Whether a case that ended on its own took longer than its time limit allows. */
  public static boolean overTime(Limits limits, double wallMs, long transferredBytes) {
    return wallMs > limits.timeMs() + transferMs(transferredBytes);
  }

  /**
   * The wall time after which the judge stops a case that has not ended: twice its limit, 2 s, and
   * the transfer of its input. Generous on purpose: a case that ends within it gets an exact time
   * in its report, one that does not is only known to be too slow.
   */
  public static long caseWallMs(Limits limits, long inputBytes) {
    return 2L * limits.timeMs() + 2_000 + (long) transferMs(inputBytes);
  }

  /**
   * The CPU seconds a whole batch's process may use (RLIMIT_CPU), a backstop behind the wall-clock
   * allowances: 30 s for start-up, plus three times the batch's summed time limits, at most an
   * hour.
   */
  public static int cpuSeconds(long batchTimeLimitsMs) {
    return (int) Math.min(3600, 30 + 3 * batchTimeLimitsMs / 1000);
  }

  /** What one case may print, stdout and stderr together, in bytes. */
  public static long caseOutputBytes(Limits limits) {
    return limits.outputKb() * 1024L;
  }

  /**
   * What a batch's process may write to its diagnostic stream in all: every case's output limit,
   * two more for start-up and shutdown, and 64 KiB for a runtime's own messages.
   */
  public static long diagnosticBytes(Limits limits, int cases) {
    return caseOutputBytes(limits) * (cases + 2) + 65_536;
  }
}
