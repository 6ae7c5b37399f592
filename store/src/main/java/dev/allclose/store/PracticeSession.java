package dev.allclose.store;

import java.time.Instant;
import java.util.List;

/**
 * A sitting of one of the talk rounds, with its answers.
 *
 * @param round {@code mock}, {@code critique}, {@code design} or {@code open}
 * @param label what was practised: the preset or areas, the paper, the prompt
 */
public record PracticeSession(
    String id,
    String round,
    String label,
    Instant startedAt,
    Instant finishedAt,
    List<PracticeAnswer> answers) {
  public PracticeSession {
    answers = List.copyOf(answers);
  }
}
