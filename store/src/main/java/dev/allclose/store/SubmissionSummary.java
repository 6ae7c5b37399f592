package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submission without its source and reports: what statistics and the study plan need.
 *
 * @param kind {@code test} (samples) or {@code submit} (all cases)
 * @param elapsedMs time since the attempt's clock started, if one was running
 */
public record SubmissionSummary(
    String problem, String kind, String verdict, Instant createdAt, @Nullable Long elapsedMs) {
  public boolean accepted() {
    return verdict.equals("accepted");
  }

  public boolean full() {
    return kind.equals("submit");
  }
}
