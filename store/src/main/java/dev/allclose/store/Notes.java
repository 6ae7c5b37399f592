package dev.allclose.store;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** One free-text note per problem, the tracker's Notes column. */
public final class Notes {
  private final Jdbi jdbi;
  private final Clock clock;

  Notes(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Replaces the problem's note. */
  public void put(String problem, String body) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM notes WHERE problem = :p").bind("p", problem).execute();
          h.createUpdate("INSERT INTO notes (problem, body, updated_at) VALUES (:p, :b, :t)")
              .bind("p", problem)
              .bind("b", body)
              .bind("t", clock.millis())
              .execute();
        });
  }

  /** Adds a line to the problem's note. */
  public void append(String problem, String line) {
    put(problem, get(problem).map(existing -> existing + "\n" + line).orElse(line));
  }

  public Optional<String> get(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT body FROM notes WHERE problem = :p")
                .bind("p", problem)
                .mapTo(String.class)
                .findOne());
  }
}
