package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/** Attempts: the clock a candidate starts on a problem. */
public final class Attempts {
  private final Jdbi jdbi;
  private final Clock clock;

  Attempts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public Attempt start(String problem, String language, @Nullable String file) {
    Attempt a = new Attempt(Ids.next(clock), problem, language, file, clock.instant());
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO attempts (id, problem, language, file, started_at) VALUES (:id, :problem, :language, :file, :at)")
                .bind("id", a.id())
                .bind("problem", a.problem())
                .bind("language", a.language())
                .bind("file", a.file())
                .bind("at", a.startedAt().toEpochMilli())
                .execute());
    return a;
  }

  /** The most recent attempt on a problem, if the clock was ever started. */
  public Optional<Attempt> latest(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, problem, language, file, started_at FROM attempts WHERE problem = :p ORDER BY started_at DESC, id DESC LIMIT 1")
                .bind("p", problem)
                .map(
                    (rs, ctx) ->
                        new Attempt(
                            rs.getString("id"),
                            rs.getString("problem"),
                            rs.getString("language"),
                            rs.getString("file"),
                            Instant.ofEpochMilli(rs.getLong("started_at"))))
                .findOne());
  }
}
