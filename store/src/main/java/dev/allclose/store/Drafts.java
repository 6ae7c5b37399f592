package dev.allclose.store;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The code a candidate is typing, per problem and language, saved as they go. */
public final class Drafts {
  private final Jdbi jdbi;
  private final Clock clock;

  Drafts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public void save(String problem, String language, String source) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM drafts WHERE problem = :p AND language = :l")
              .bind("p", problem)
              .bind("l", language)
              .execute();
          h.createUpdate(
                  "INSERT INTO drafts (problem, language, source, updated_at) VALUES (:p, :l, :s, :t)")
              .bind("p", problem)
              .bind("l", language)
              .bind("s", source)
              .bind("t", clock.millis())
              .execute();
        });
  }

  public Optional<String> get(String problem, String language) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT source FROM drafts WHERE problem = :p AND language = :l")
                .bind("p", problem)
                .bind("l", language)
                .mapTo(String.class)
                .findOne());
  }
}
