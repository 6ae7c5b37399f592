package dev.allclose.harness.protocol;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of the events file a harness appends while it works, flushed as soon as written so the
 * judge can follow along and enforce per-case time limits from outside.
 *
 * <ul>
 *   <li>{@code begin}: {@code case} is about to run (its clock starts for the judge).
 *   <li>{@code end}: {@code case} finished with {@code status} {@code ok}, {@code error} (an
 *       exception, with {@code error} and {@code traceback}), {@code memory} (out of memory) or
 *       "output" (printed past the limit) or "banned" (a call refused at run time, with {@code
 *       error} saying which and {@code line} where); {@code timeMs} is the time inside the
 *       solution, {@code peakKb} the process's peak memory so far, {@code stdout} what the solution
 *       printed (truncated), {@code outputs} what each result turned out to be.
 *   <li>{@code fatal}: nothing more can run; {@code phase} is {@code syntax}, {@code banned},
 *       "link" (a required name is missing), {@code import} (the module or class failed to load) or
 *       {@code harness} (a fault of ours).
 *   <li>{@code done}: every case ran.
 * </ul>
 */
public record Event(
    String event,
    @Nullable String caseName,
    @Nullable String status,
    double timeMs,
    long peakKb,
    @Nullable String stdout,
    long stdoutBytes,
    @Nullable String error,
    @Nullable String traceback,
    @Nullable Map<String, OutputInfo> outputs,
    @Nullable String phase,
    @Nullable String message,
    int line) {

  /**
   * What one returned result was.
   *
   * @param kind the value's type as the candidate would name it: {@code ndarray float64}, {@code
   *     list of int}, {@code float}, {@code NoneType}, {@code double[][]}, {@code null}
   * @param stored whether an array for it was written to the case's output file
   * @param problem why it could not be stored (ragged lists, objects), when it was not
   */
  public record OutputInfo(String kind, boolean stored, @Nullable String problem) {}

  public static Event begin(String caseName) {
    return new Event("begin", caseName, null, 0, 0, null, 0, null, null, null, null, null, 0);
  }

  public static Event fatal(String phase, String message, int line, @Nullable String traceback) {
    return new Event(
        "fatal", null, null, 0, 0, null, 0, null, traceback, null, phase, message, line);
  }

  public static Event done() {
    return new Event("done", null, null, 0, 0, null, 0, null, null, null, null, null, 0);
  }
}
