package dev.allclose.judge.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of one case and everything needed to debug it.
 *
 * @param visible true for a sample case; a hidden case's report has no inputs, only errors
 * @param message one line: why the case failed, or empty when accepted
 * @param timeMs the judge's own clock, from its request for the case to the case's end (the
 *     solution's call, with reading its inputs and writing its results)
 * @param cpuMs the CPU time the run's processes used meanwhile, as the kernel counts it
 * @param memoryKb the process's peak memory when the case ended, as the harness saw it (Python:
 *     resident set; Java: heap)
 * @param outputs one report per compared result
 * @param maxAbsError over all outputs, when numbers were compared
 * @param maxRelError over all outputs, when numbers were compared
 * @param worst the worst element of the first output that failed, or of the worst output
 * @param stdout what the solution printed during the case (truncated to the first 8 KiB)
 * @param traceback the solution's exception, its own frames only
 */
public record CaseReport(
    String name,
    boolean visible,
    String description,
    Verdict verdict,
    String message,
    double timeMs,
    double cpuMs,
    long memoryKb,
    long timeLimitMs,
    List<OutputReport> outputs,
    @Nullable Double maxAbsError,
    @Nullable Double maxRelError,
    @Nullable WorstElement worst,
    String stdout,
    long stdoutBytes,
    @Nullable String traceback) {

  public CaseReport {
    outputs = List.copyOf(outputs);
  }
}
