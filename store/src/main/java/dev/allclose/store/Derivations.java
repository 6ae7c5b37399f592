package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The derivations written for problems that ask for one. Every version is kept (a derivation is
 * part of the attempt it was written in); the latest one is the problem's derivation.
 */
public final class Derivations {
  private static final String COLUMNS =
      "id, problem, attempt_id, body, score, coverage, created_at";

  private final Jdbi jdbi;
  private final Clock clock;

  Derivations(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores a new version, tied to the problem's latest attempt if its clock was started. */
  public StoredDerivation add(String problem, String body, double score, String coverage) {
    return jdbi.inTransaction(
        h -> {
          @Nullable String attempt =
              h.createQuery(
                      "SELECT id FROM attempts WHERE problem = :p ORDER BY started_at DESC, id DESC LIMIT 1")
                  .bind("p", problem)
                  .mapTo(String.class)
                  .findOne()
                  .orElse(null);
          StoredDerivation d =
              new StoredDerivation(
                  Ids.next(clock), problem, attempt, body, score, coverage, clock.instant());
          h.createUpdate(
                  "INSERT INTO derivations ("
                      + COLUMNS
                      + ") VALUES (:id, :problem, :attempt, :body, :score, :coverage, :at)")
              .bind("id", d.id())
              .bind("problem", d.problem())
              .bind("attempt", d.attemptId())
              .bind("body", d.body())
              .bind("score", d.score())
              .bind("coverage", d.coverage())
              .bind("at", d.createdAt().toEpochMilli())
              .execute();
          return d;
        });
  }

  /** The problem's derivation: its latest version, if one was written. */
  public Optional<StoredDerivation> latest(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM derivations WHERE problem = :p ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("p", problem)
                .map(
                    (rs, ctx) ->
                        new StoredDerivation(
                            rs.getString("id"),
                            rs.getString("problem"),
                            rs.getString("attempt_id"),
                            rs.getString("body"),
                            rs.getDouble("score"),
                            rs.getString("coverage"),
                            Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne());
  }

  /** How many versions of the problem's derivation were stored. */
  public int versions(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM derivations WHERE problem = :p")
                .bind("p", problem)
                .mapTo(Integer.class)
                .one());
  }
}
