package dev.allclose.judge.check;

import dev.allclose.judge.report.OutputReport;
import java.util.List;

/**
 * A checker's decision on one case.
 *
 * @param message empty when accepted; otherwise one line naming the property that failed
 * @param outputs per-result comparisons, when the checker compared values
 */
public record CheckResult(boolean accepted, String message, List<OutputReport> outputs) {
  public CheckResult {
    outputs = List.copyOf(outputs);
  }

  public static CheckResult accept() {
    return new CheckResult(true, "", List.of());
  }

  public static CheckResult reject(String message) {
    return new CheckResult(false, message, List.of());
  }
}
