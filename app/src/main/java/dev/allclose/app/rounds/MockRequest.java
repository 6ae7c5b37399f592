package dev.allclose.app.rounds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mock interview should ask: named questions, or those due for review, or a draw from areas
 * (by default the preset's).
 *
 * @param preset {@code research-engineer} (when null) or {@code research-scientist}
 * @param areas area ids to draw from; empty for the preset's
 * @param questions question ids, asked in this order; when given, nothing is drawn
 * @param due only the questions whose review is due today
 * @param perArea questions drawn per area
 * @param seed seed of the draw and of the follow-ups
 */
public record MockRequest(
    @Nullable String preset,
    List<String> areas,
    List<String> questions,
    boolean due,
    int perArea,
    long seed) {
  public MockRequest {
    areas = List.copyOf(areas);
    questions = List.copyOf(questions);
  }
}
