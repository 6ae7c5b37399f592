package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event.Fatal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one harness process: the cases it finished, and if it stopped before the last
 * one, why. Raw facts only; deciding verdicts from them is the judge's job.
 *
 * @param fatal the harness's report that the solution cannot run at all, if it made one
 * @param cases the cases that ended, in the order they ran
 * @param stop why the process stopped before every case ended, or null when all did
 * @param peakMemoryKb the run's peak memory as the kernel counted it (a cgroup), or 0 when unknown
 * @param diagnostics the last few KiB the process wrote to its standard error
 */
public record RunOutcome(
    @Nullable Fatal fatal,
    List<CaseRun> cases,
    @Nullable Stop stop,
    long peakMemoryKb,
    String diagnostics) {

  public RunOutcome {
    cases = List.copyOf(cases);
  }

  public Optional<CaseRun> run(String caseName) {
    return cases.stream().filter(c -> c.name().equals(caseName)).findFirst();
  }

  /**
   * Why a harness stopped early.
   *
   * @param runningCase the case that had been requested and had not ended, if any
   * @param wallMs how long that case had run when it stopped, by the judge's clock
   * @param exitCode the process's exit status (128 + n when killed by signal n), or -1 when the
   *     judge killed it
   * @param detail more about a broken protocol, for the report
   */
  public record Stop(
      Reason reason, @Nullable String runningCase, double wallMs, int exitCode, String detail) {

    /** The signal that ended the process, if one did. */
    public Optional<Integer> signal() {
      return exitCode > 128 && exitCode < 128 + 65 ? Optional.of(exitCode - 128) : Optional.empty();
    }
  }

  /** Why a harness stopped early. */
  public enum Reason {
    /** A case ran past its allowance; the judge killed the process. */
    TIMED_OUT,
    /** The solution did not finish loading within the start-up time. */
    STARTUP_TIMED_OUT,
    /** It wrote more to its standard error than allowed. */
    OUTPUT_OVERFLOW,
    /** Its writable folders grew past the file budget. */
    FILES_OVERFLOW,
    /** The kernel killed a process of the run because the run's memory limit was hit. */
    MEMORY_KILLED,
    /** It exited (or was killed by a signal) without finishing the case. */
    EXITED,
    /** It wrote something that is not the protocol, or events out of order. */
    PROTOCOL
  }
}
