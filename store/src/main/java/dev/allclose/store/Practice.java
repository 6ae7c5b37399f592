package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions of the talk rounds. A session and all its answers are written in one transaction, so a
 * crash leaves either the whole sitting or none of it.
 */
public final class Practice {
  private final Jdbi jdbi;
  private final Clock clock;

  Practice(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores a finished session with its answers; returns it with its new id. */
  public PracticeSession record(
      String round,
      String label,
      Instant startedAt,
      Instant finishedAt,
      List<PracticeAnswer> answers) {
    PracticeSession s =
        new PracticeSession(Ids.next(clock), round, label, startedAt, finishedAt, answers);
    jdbi.useTransaction(h -> insert(h, s));
    return s;
  }

  private static void insert(Handle h, PracticeSession s) {
    h.createUpdate(
            "INSERT INTO practice_sessions (id, round, label, started_at, finished_at)"
                + " VALUES (:id, :round, :label, :started, :finished)")
        .bind("id", s.id())
        .bind("round", s.round())
        .bind("label", s.label())
        .bind("started", s.startedAt().toEpochMilli())
        .bind("finished", s.finishedAt().toEpochMilli())
        .execute();
    for (PracticeAnswer a : s.answers()) {
      h.createUpdate(
              "INSERT INTO practice_answers (session_id, position, item, answer, elapsed_ms,"
                  + " budget_ms, result, score) VALUES (:s, :p, :item, :answer, :elapsed, :budget,"
                  + " :result, :score)")
          .bind("s", s.id())
          .bind("p", a.position())
          .bind("item", a.item())
          .bind("answer", a.answer())
          .bind("elapsed", a.elapsedMs())
          .bind("budget", a.budgetMs())
          .bind("result", a.result())
          .bind("score", a.score())
          .execute();
    }
  }

  /** The sessions of a round (all rounds when {@code round} is null), newest first. */
  public List<PracticeSession> sessions(@org.jspecify.annotations.Nullable String round) {
    return jdbi.withHandle(
        h -> {
          List<PracticeSession> heads =
              h.createQuery(
                      "SELECT id, round, label, started_at, finished_at FROM practice_sessions"
                          + (round == null ? "" : " WHERE round = :round")
                          + " ORDER BY started_at DESC, id DESC")
                  .bindMap(round == null ? java.util.Map.of() : java.util.Map.of("round", round))
                  .map(
                      (rs, ctx) ->
                          new PracticeSession(
                              rs.getString("id"),
                              rs.getString("round"),
                              rs.getString("label"),
                              Instant.ofEpochMilli(rs.getLong("started_at")),
                              Instant.ofEpochMilli(rs.getLong("finished_at")),
                              List.of()))
                  .list();
          return heads.stream()
              .map(
                  s ->
                      new PracticeSession(
                          s.id(),
                          s.round(),
                          s.label(),
                          s.startedAt(),
                          s.finishedAt(),
                          answers(h, s.id())))
              .toList();
        });
  }

  private static List<PracticeAnswer> answers(Handle h, String session) {
    return h.createQuery(
            "SELECT position, item, answer, elapsed_ms, budget_ms, result, score"
                + " FROM practice_answers WHERE session_id = :s ORDER BY position")
        .bind("s", session)
        .map(
            (rs, ctx) ->
                new PracticeAnswer(
                    rs.getInt("position"),
                    rs.getString("item"),
                    rs.getString("answer"),
                    rs.getLong("elapsed_ms"),
                    rs.getLong("budget_ms"),
                    rs.getString("result"),
                    rs.getDouble("score")))
        .list();
  }
}
