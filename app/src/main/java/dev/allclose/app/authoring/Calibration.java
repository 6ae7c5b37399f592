package dev.allclose.app.authoring;

import java.util.List;

/**
 * The timings of a problem's accepted Python solutions and the time limit they suggest.
 *
 * @param slowestMedianMs the largest per-case median over every solution
 * @param proposedMs {@code factor} times the slowest median, rounded up to 100 ms, never below
 *     {@code floorMs}
 * @param currentMs the limit the package states now
 */
public record Calibration(
    List<Timing> timings,
    double slowestMedianMs,
    long proposedMs,
    double factor,
    long floorMs,
    long currentMs) {

  /** One case of one solution over the runs. */
  public record Timing(String solution, String caseName, double medianMs, double maxMs) {}

  /** The proposal rule: {@code factor} x slowest median, rounded up to 100 ms, at least floor. */
  static long propose(double slowestMedianMs, double factor, long floorMs) {
    return Math.max(floorMs, (long) Math.ceil(factor * slowestMedianMs / 100.0) * 100);
  }
}
