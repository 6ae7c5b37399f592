package dev.allclose.judge.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The judge's answer for one submission; the object {@code submit --json} prints and the web API
 * returns. Documented in {@code docs/report-json.md}.
 *
 * @param problem the problem's slug
 * @param mode {@code test} (sample cases) or {@code submit} (all cases)
 * @param verdict accepted when every case is; otherwise the verdict of the first case that failed,
 *     or of the step that stopped the run (compile error, banned call)
 * @param message one line for the person: what happened and where to look
 * @param line the line of the solution a compile error or banned call points at, or null
 * @param details longer text behind the message: all compiler errors, or the traceback and prints
 *     of a solution that failed while loading; null when there is none
 * @param timeMs wall time of the whole judgement, start-up and comparison included
 */
public record SubmissionReport(
    String problem,
    int number,
    String mode,
    String language,
    String file,
    Verdict verdict,
    String message,
    @Nullable Integer line,
    @Nullable String details,
    int passed,
    int total,
    long timeMs,
    List<CaseReport> cases) {

  public SubmissionReport {
    cases = List.copyOf(cases);
  }

  public boolean accepted() {
    return verdict.accepted();
  }
}
