package dev.allclose.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A judged submission as stored.
 *
 * @param kind {@code test} (samples) or {@code submit} (all cases)
 * @param attemptId the attempt whose clock was running, if any
 * @param elapsedMs time since that attempt started, if any
 * @param report the whole submission report as JSON
 */
public record SubmissionRecord(
    String id,
    String problem,
    @Nullable String attemptId,
    String kind,
    String language,
    String file,
    String source,
    String verdict,
    int passed,
    int total,
    long judgeMs,
    @Nullable Long elapsedMs,
    Instant createdAt,
    String report,
    List<CaseRecord> cases) {

  public SubmissionRecord {
    cases = List.copyOf(cases);
  }

  public boolean accepted() {
    return verdict.equals("accepted");
  }
}
