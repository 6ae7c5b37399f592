package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Judged submissions with their per-case reports. A submission and its cases are written in one
 * transaction: after a crash either all of it is there or none.
 */
public final class Submissions {
  private static final String COLUMNS =
      "id, problem, attempt_id, kind, language, file, source, verdict, passed, total, judge_ms, elapsed_ms, created_at, report";

  private final Jdbi jdbi;
  private final Clock clock;

  Submissions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores a submission, timed against the latest attempt on its problem when there is one. */
  public SubmissionRecord record(NewSubmission s) {
    SubmissionRecord r = prepare(s);
    jdbi.useTransaction(h -> insert(h, r));
    return r;
  }

  /** The row {@code s} becomes: its id, time and attempt; written by {@link #insert}. */
  SubmissionRecord prepare(NewSubmission s) {
    Instant now = clock.instant();
    Optional<Attempt> attempt = new Attempts(jdbi, clock).latest(s.problem());
    return new SubmissionRecord(
        Ids.next(clock),
        s.problem(),
        attempt.map(Attempt::id).orElse(null),
        s.kind(),
        s.language(),
        s.file(),
        s.source(),
        s.verdict(),
        s.passed(),
        s.total(),
        s.judgeMs(),
        attempt.map(a -> now.toEpochMilli() - a.startedAt().toEpochMilli()).orElse(null),
        now,
        s.report(),
        s.cases());
  }

  static void insert(Handle h, SubmissionRecord r) {
    h.createUpdate(
            "INSERT INTO submissions ("
                + COLUMNS
                + ") VALUES (:id, :problem, :attempt, :kind, :language, :file,"
                + " :source, :verdict, :passed, :total, :judgeMs, :elapsedMs, :createdAt, :report)")
        .bind("id", r.id())
        .bind("problem", r.problem())
        .bind("attempt", r.attemptId())
        .bind("kind", r.kind())
        .bind("language", r.language())
        .bind("file", r.file())
        .bind("source", r.source())
        .bind("verdict", r.verdict())
        .bind("passed", r.passed())
        .bind("total", r.total())
        .bind("judgeMs", r.judgeMs())
        .bind("elapsedMs", r.elapsedMs())
        .bind("createdAt", r.createdAt().toEpochMilli())
        .bind("report", r.report())
        .execute();
    if (r.cases().isEmpty()) {
      return;
    }
    // one statement for every case: preparing one per row cost as much as the rest of the write
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO case_reports (submission_id, position, name, visible, verdict, report)"
                + " VALUES (:s, :p, :n, :v, :verdict, :report)");
    for (CaseRecord c : r.cases()) {
      batch
          .bind("s", r.id())
          .bind("p", c.position())
          .bind("n", c.name())
          .bind("v", c.visible() ? 1 : 0)
          .bind("verdict", c.verdict())
          .bind("report", c.report())
          .add();
    }
    batch.execute();
  }

  /** A problem's submissions, newest first, without their case rows. */
  public List<SubmissionRecord> list(String problem) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM submissions WHERE problem = :p ORDER BY created_at DESC, id DESC")
                .bind("p", problem)
                .map((rs, ctx) -> row(rs, List.of()))
                .list());
  }

  /** Submissions per day (UTC), every kind, for the activity chart: epoch day to count. */
  public SortedMap<Long, Integer> perDay() {
    SortedMap<Long, Integer> days = new TreeMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT created_at FROM submissions")
                .mapTo(Long.class)
                .forEach(ms -> days.merge(Math.floorDiv(ms, 86_400_000L), 1, Integer::sum)));
    return days;
  }

  /** A submission's whole report as JSON, without reading its case rows. */
  public Optional<String> report(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT report FROM submissions WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne());
  }

  public Optional<SubmissionRecord> get(String id) {
    return jdbi.withHandle(
        h -> {
          List<CaseRecord> cases =
              h.createQuery(
                      "SELECT position, name, visible, verdict, report FROM case_reports"
                          + " WHERE submission_id = :s ORDER BY position")
                  .bind("s", id)
                  .map(
                      (rs, ctx) ->
                          new CaseRecord(
                              rs.getInt("position"),
                              rs.getString("name"),
                              rs.getInt("visible") == 1,
                              rs.getString("verdict"),
                              rs.getString("report")))
                  .list();
          return h.createQuery("SELECT " + COLUMNS + " FROM submissions WHERE id = :id")
              .bind("id", id)
              .map((rs, ctx) -> row(rs, cases))
              .findOne();
        });
  }

  private static SubmissionRecord row(ResultSet rs, List<CaseRecord> cases) throws SQLException {
    long elapsed = rs.getLong("elapsed_ms");
    Long elapsedMs = rs.wasNull() ? null : elapsed;
    return new SubmissionRecord(
        rs.getString("id"),
        rs.getString("problem"),
        rs.getString("attempt_id"),
        rs.getString("kind"),
        rs.getString("language"),
        rs.getString("file"),
        rs.getString("source"),
        rs.getString("verdict"),
        rs.getInt("passed"),
        rs.getInt("total"),
        rs.getLong("judge_ms"),
        elapsedMs,
        Instant.ofEpochMilli(rs.getLong("created_at")),
        rs.getString("report"),
        cases);
  }
}
