package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/** Per-problem flags: how many hint levels were revealed, and whether the user gave up. */
public final class ProblemStates {
  /** The flags of one problem. */
  public record State(int hintsRevealed, @Nullable Instant gaveUpAt) {}

  private final Jdbi jdbi;
  private final Clock clock;

  ProblemStates(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public State get(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT hints_revealed, gave_up_at FROM problem_state WHERE problem = :p")
                .bind("p", problem)
                .map(
                    (rs, ctx) -> {
                      int hints = rs.getInt("hints_revealed");
                      long gaveUp = rs.getLong("gave_up_at");
                      // wasNull() speaks of the last column read, so gave_up_at is read last
                      return new State(hints, rs.wasNull() ? null : Instant.ofEpochMilli(gaveUp));
                    })
                .findOne()
                .orElse(new State(0, null)));
  }

  /** The problems the user gave up on. */
  public Set<String> givenUp() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT problem FROM problem_state WHERE gave_up_at IS NOT NULL")
                .mapTo(String.class)
                .collectIntoSet());
  }

  /** Records that hint levels up to {@code level} were shown (never lowers the count). */
  public State revealHints(String problem, int level) {
    State s = get(problem);
    return put(problem, new State(Math.max(level, s.hintsRevealed()), s.gaveUpAt()));
  }

  public State giveUp(String problem) {
    State s = get(problem);
    return put(
        problem,
        new State(s.hintsRevealed(), s.gaveUpAt() != null ? s.gaveUpAt() : clock.instant()));
  }

  private State put(String problem, State s) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM problem_state WHERE problem = :p")
              .bind("p", problem)
              .execute();
          h.createUpdate(
                  "INSERT INTO problem_state (problem, hints_revealed, gave_up_at) VALUES (:p, :h, :g)")
              .bind("p", problem)
              .bind("h", s.hintsRevealed())
              .bind("g", s.gaveUpAt() == null ? null : s.gaveUpAt().toEpochMilli())
              .execute();
        });
    return s;
  }
}
