package dev.allclose.store;

import java.util.List;

/** What the caller knows of a judged submission; ids, times and the attempt are the store's. */
public record NewSubmission(
    String problem,
    String kind,
    String language,
    String file,
    String source,
    String verdict,
    int passed,
    int total,
    long judgeMs,
    String report,
    List<CaseRecord> cases) {
  public NewSubmission {
    cases = List.copyOf(cases);
  }
}
