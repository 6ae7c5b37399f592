package dev.allclose.interview.mock;

import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.review.Rating;
import java.util.List;

/**
 * One answered question of a mock session, as stored and printed with {@code --json}.
 *
 * @param coverage the automatic estimate per key point
 * @param selfScores the user's score per key point (0 to 2), or the suggestion when not confirmed
 * @param confirmed whether the user gave or accepted the self-scores; false when they are the
 *     rubric's suggestion left at an empty line or the end of the input, which then schedules the
 *     review cautiously and is asked for again by {@code allclose review}
 * @param score the share of the rubric earned, from the self-scores
 * @param rating the spaced-repetition rating the score gives
 * @param followUp the follow-up question shown
 */
public record AnswerRecord(
    String question,
    String answer,
    long elapsedMs,
    long budgetMs,
    List<PointCoverage> coverage,
    List<Integer> selfScores,
    boolean confirmed,
    double score,
    Rating rating,
    String followUp) {
  public AnswerRecord {
    coverage = List.copyOf(coverage);
    selfScores = List.copyOf(selfScores);
  }
}
