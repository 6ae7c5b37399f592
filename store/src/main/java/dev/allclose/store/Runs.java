package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/**
 * The runs a server accepted, from before it answers until their submission is recorded (see {@code
 * V30__runs.sql}). A run ends once: its submission and its end are written in one transaction, and
 * a run that already ended is not recorded again.
 */
public final class Runs {
  private static final String COLUMNS =
      "id, problem, language, file, source, mode, state, version, worker, planned, finished,"
          + " current_case, error, submission_id, created_at, ended_at";

  private final Jdbi jdbi;
  private final Clock clock;
  private final boolean signals;

  /**
   * @param signals whether each change also signals the run's id ({@link RunSignals}: PostgreSQL)
   */
  Runs(Jdbi jdbi, Clock clock, boolean signals) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.signals = signals;
  }

  /** Where a run is. */
  public enum State {
    /** Accepted, waiting to be judged (or being judged: the store does not tell). */
    QUEUED,
    /** Judged; its submission is recorded. */
    DONE,
    /** It could not be judged; the error says why. */
    FAILED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A run as stored.
   *
   * @param state {@code queued}, {@code done} or {@code failed} (a {@link State}'s id)
   * @param version raised by every change a worker reports
   * @param worker who judges it now, once a worker took it
   * @param planned the cases it will run, once known
   * @param finished the cases run so far
   */
  public record RunRecord(
      String id,
      String problem,
      String language,
      String file,
      String source,
      String mode,
      String state,
      long version,
      @Nullable String worker,
      int planned,
      int finished,
      @Nullable String currentCase,
      @Nullable String error,
      @Nullable String submissionId,
      Instant createdAt,
      @Nullable Instant endedAt) {}

  /** Stores a new run, queued; returns it with its id and time. */
  public RunRecord add(String problem, String language, String file, String source, String mode) {
    RunRecord r =
        new RunRecord(
            Ids.next(clock),
            problem,
            language,
            file,
            source,
            mode,
            State.QUEUED.id(),
            0,
            null,
            0,
            0,
            null,
            null,
            null,
            clock.instant(),
            null);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO runs ("
                        + COLUMNS
                        + ") VALUES (:id, :problem, :language, :file, :source, :mode, :state,"
                        + " 0, NULL, 0, 0, NULL, NULL, NULL, :createdAt, NULL)")
                .bind("id", r.id())
                .bind("problem", problem)
                .bind("language", language)
                .bind("file", file)
                .bind("source", source)
                .bind("mode", mode)
                .bind("state", State.QUEUED.id())
                .bind("createdAt", r.createdAt().toEpochMilli())
                .execute());
    return r;
  }

  public Optional<RunRecord> get(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM runs WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  /** The runs not yet ended, oldest first: what a server starting again has left to judge. */
  public List<RunRecord> queued() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT " + COLUMNS + " FROM runs WHERE state = :s ORDER BY created_at, id")
                .bind("s", State.QUEUED.id())
                .map((rs, ctx) -> row(rs))
                .list());
  }

  /** How many runs have not ended. */
  public int queuedCount() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM runs WHERE state = :s")
                .bind("s", State.QUEUED.id())
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Records the run's submission and ends the run, in one transaction; empty, with nothing written,
   * when the run has already ended or does not exist (a run judged twice is recorded once).
   */
  public Optional<SubmissionRecord> finish(String id, NewSubmission submission) {
    Submissions submissions = new Submissions(jdbi, clock);
    SubmissionRecord r = submissions.prepare(submission);
    return jdbi.inTransaction(
        h -> {
          // claimed first: a second finish of the same run finds it ended (PostgreSQL makes it
          // wait for this transaction's row lock; SQLite has one writer at a time)
          int ended =
              h.createUpdate(
                      "UPDATE runs SET state = :done, ended_at = :at, source = '', version = version + 1,"
                          + " current_case = NULL"
                          + " WHERE id = :id AND state = :queued")
                  .bind("done", State.DONE.id())
                  .bind("at", clock.millis())
                  .bind("id", id)
                  .bind("queued", State.QUEUED.id())
                  .execute();
          if (ended == 0) {
            return Optional.empty();
          }
          Submissions.insert(h, r);
          h.createUpdate("UPDATE runs SET submission_id = :s WHERE id = :id")
              .bind("s", r.id())
              .bind("id", id)
              .execute();
          if (signals) {
            h.createQuery("SELECT " + RunSignals.signal(":id")).bind("id", id).mapToMap().list();
          }
          return Optional.of(r);
        });
  }

  /**
   * Records a queued run's progress, as a worker judging it elsewhere reports it; false once the
   * run has ended.
   */
  public boolean progress(
      String id, String worker, int planned, int finished, @Nullable String currentCase) {
    return jdbi.withHandle(
            h ->
                change(
                    h,
                    "UPDATE runs SET version = version + 1, worker = :w, planned = :p,"
                        + " finished = :f, current_case = :c WHERE id = :id AND state = :queued",
                    s ->
                        s.bind("w", worker)
                            .bind("p", planned)
                            .bind("f", finished)
                            .bind("c", currentCase)
                            .bind("id", id)
                            .bind("queued", State.QUEUED.id())))
        > 0;
  }

  /** Ends the run as failed with a one-line reason; false when it had already ended. */
  public boolean fail(String id, String error) {
    return jdbi.withHandle(
            h ->
                change(
                    h,
                    "UPDATE runs SET state = :failed, error = :e, ended_at = :at, source = '',"
                        + " version = version + 1, current_case = NULL"
                        + " WHERE id = :id AND state = :queued",
                    s ->
                        s.bind("failed", State.FAILED.id())
                            .bind("e", error)
                            .bind("at", clock.millis())
                            .bind("id", id)
                            .bind("queued", State.QUEUED.id())))
        > 0;
  }

  /**
   * Runs an update of one run (by {@code :id}) and counts the rows it changed. On PostgreSQL the
   * same statement also signals the run when it changed it ({@link RunSignals}), so the signal
   * commits with the change.
   */
  private int change(Handle h, String update, Consumer<SqlStatement<?>> bindings) {
    if (!signals) {
      Update u = h.createUpdate(update);
      bindings.accept(u);
      return u.execute();
    }
    Query q =
        h.createQuery(
            "WITH changed AS ("
                + update
                + " RETURNING id) SELECT count(*) FROM changed, LATERAL (SELECT "
                + RunSignals.signal("changed.id")
                + ") signal");
    bindings.accept(q);
    return q.mapTo(Integer.class).one();
  }

  /** Forgets the runs that ended before {@code before}; their submissions stay. */
  public int forgetEndedBefore(Instant before) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("DELETE FROM runs WHERE state <> :queued AND ended_at < :before")
                .bind("queued", State.QUEUED.id())
                .bind("before", before.toEpochMilli())
                .execute());
  }

  private static RunRecord row(ResultSet rs) throws SQLException {
    long ended = rs.getLong("ended_at");
    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
    return new RunRecord(
        rs.getString("id"),
        rs.getString("problem"),
        rs.getString("language"),
        rs.getString("file"),
        rs.getString("source"),
        rs.getString("mode"),
        rs.getString("state"),
        rs.getLong("version"),
        rs.getString("worker"),
        rs.getInt("planned"),
        rs.getInt("finished"),
        rs.getString("current_case"),
        rs.getString("error"),
        rs.getString("submission_id"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        endedAt);
  }
}
