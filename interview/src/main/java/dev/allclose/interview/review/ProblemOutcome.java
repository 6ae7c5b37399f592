package dev.allclose.interview.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The latest full submission of a catalog problem, as the review schedule reads it.
 *
 * @param elapsedMs time from the start of the attempt to this submission, if the clock ran
 * @param minutes the problem's time budget
 */
public record ProblemOutcome(
    String slug,
    String verdict,
    Instant submittedAt,
    String submissionId,
    @Nullable Long elapsedMs,
    int minutes) {

  /**
   * Accepted within the budget (or untimed) is good, accepted over it hard, anything else forgotten
   * (again).
   */
  public Rating rating() {
    if (!verdict.equals("accepted")) {
      return Rating.AGAIN;
    }
    return elapsedMs != null && elapsedMs > minutes * 60_000L ? Rating.HARD : Rating.GOOD;
  }
}
