package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Timed interview sessions: one problem, the seed's time budget, no hints or editorial until the
 * session ends. A session past its budget counts as ended at its deadline, whether or not anyone
 * came back to close it.
 *
 * <p>A debugging round is a session that starts from one of the problem's known wrong submissions:
 * it records which one ({@code planted}) and keeps the code being fixed as its own draft, so that
 * the round never touches the problem's drafts.
 */
public final class InterviewSessions {
  /**
   * A session.
   *
   * @param verdict the best verdict of the full submissions made during it, "none" when there were
   *     none; null while it runs
   * @param attempts full submissions made during it
   * @param planted for a debugging round, the known wrong submission it started from ("folder/file"
   *     in the package's {@code submissions/}); null for a plain session
   * @param draft for a debugging round, the code being fixed as last saved; null otherwise
   */
  public record Session(
      String id,
      String problem,
      String language,
      Instant startedAt,
      Duration budget,
      @Nullable Instant endedAt,
      @Nullable String verdict,
      int attempts,
      @Nullable String planted,
      @Nullable String draft) {

    public Instant deadline() {
      return startedAt.plus(budget);
    }

    public boolean running(Instant now) {
      return endedAt == null && now.isBefore(deadline());
    }

    public boolean debug() {
      return planted != null;
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;

  InterviewSessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Starts a session and the problem's clock. */
  public Session start(String problem, String language, Duration budget) {
    return insert(problem, language, budget, null, null, "interview ");
  }

  /**
   * Starts a debugging round: a session whose code begins as the planted wrong submission's.
   *
   * @param planted the known wrong submission ("folder/file")
   * @param code the code the user starts from, which becomes the round's draft
   */
  public Session startDebug(
      String problem, String language, Duration budget, String planted, String code) {
    return insert(problem, language, budget, planted, code, "debugging round ");
  }

  private Session insert(
      String problem,
      String language,
      Duration budget,
      @Nullable String planted,
      @Nullable String draft,
      String attemptNote) {
    Session s =
        new Session(
            Ids.next(clock),
            problem,
            language,
            clock.instant(),
            budget,
            null,
            null,
            0,
            planted,
            draft);
    new Attempts(jdbi, clock).start(problem, language, attemptNote + s.id());
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO interview_sessions (id, problem, language, started_at, budget_ms, attempts, planted, draft)"
                        + " VALUES (:id, :p, :l, :s, :b, 0, :planted, :draft)")
                .bind("id", s.id())
                .bind("p", problem)
                .bind("l", language)
                .bind("s", s.startedAt().toEpochMilli())
                .bind("b", budget.toMillis())
                .bind("planted", planted)
                .bind("draft", draft)
                .execute());
    return s;
  }

  /**
   * Saves the code of a running debugging round.
   *
   * @return false when the session is not a debugging round or is over (the code is then not kept)
   */
  public boolean saveDraft(String id, String code) {
    Optional<Session> s = get(id);
    if (s.isEmpty() || !s.get().debug() || !s.get().running(clock.instant())) {
      return false;
    }
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE interview_sessions SET draft = :d WHERE id = :id AND ended_at IS NULL")
                    .bind("d", code)
                    .bind("id", id)
                    .execute())
        == 1;
  }

  public Optional<Session> get(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM interview_sessions WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  /** The session running now on a problem, if any. */
  public Optional<Session> running(String problem) {
    return runningNow().stream().filter(s -> s.problem().equals(problem)).findFirst();
  }

  /** The session running now, on any problem, if any (the first started when several do). */
  public Optional<Session> running() {
    return runningNow().stream().findFirst();
  }

  private List<Session> runningNow() {
    Instant now = clock.instant();
    return jdbi
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT * FROM interview_sessions WHERE ended_at IS NULL ORDER BY started_at")
                    .map((rs, ctx) -> row(rs))
                    .list())
        .stream()
        .filter(s -> s.running(now))
        .toList();
  }

  /**
   * Ends a session (at its deadline if that has passed) and records its summary: the full
   * submissions made on the problem while it ran and the best of their verdicts.
   */
  public Session finish(String id) {
    Session s =
        get(id).orElseThrow(() -> new IllegalArgumentException("no interview session " + id));
    if (s.endedAt() != null) {
      return s;
    }
    Instant end = clock.instant().isAfter(s.deadline()) ? s.deadline() : clock.instant();
    List<String> verdicts =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT verdict FROM submissions WHERE problem = :p AND kind = 'submit' AND created_at >= :from AND created_at <= :to")
                    .bind("p", s.problem())
                    .bind("from", s.startedAt().toEpochMilli())
                    .bind("to", end.toEpochMilli())
                    .mapTo(String.class)
                    .list());
    String verdict =
        verdicts.contains("accepted")
            ? "accepted"
            : verdicts.isEmpty() ? "none" : verdicts.get(verdicts.size() - 1);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE interview_sessions SET ended_at = :e, verdict = :v, attempts = :a WHERE id = :id")
                .bind("e", end.toEpochMilli())
                .bind("v", verdict)
                .bind("a", verdicts.size())
                .bind("id", id)
                .execute());
    return get(id).orElseThrow();
  }

  /** Every session, newest first. */
  public List<Session> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM interview_sessions ORDER BY started_at DESC")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  private static Session row(ResultSet rs) throws SQLException {
    long ended = rs.getLong("ended_at");
    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
    return new Session(
        rs.getString("id"),
        rs.getString("problem"),
        rs.getString("language"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        Duration.ofMillis(rs.getLong("budget_ms")),
        endedAt,
        rs.getString("verdict"),
        rs.getInt("attempts"),
        rs.getString("planted"),
        rs.getString("draft"));
  }
}
