package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The cohorts of a shared server, their coaches and members, and their assignments ({@code
 * db/accounts/V2__cohorts.sql}). Who may do what is the application's to decide; this stores.
 */
public final class Cohorts {
  private static final String ASSIGNMENT_COLUMNS =
      "a.id, a.cohort_id, a.title, a.kind, a.due_at, a.minutes, a.created_at";
  private static final String ACCOUNT_COLUMNS =
      "u.id, u.email, u.role, u.workspace, u.created_at, u.disabled_at,"
          + " u.password_hash IS NOT NULL";

  private final Jdbi jdbi;
  private final Clock clock;

  Cohorts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public record Cohort(String id, String name, Instant createdAt) {}

  /**
   * An assignment of a cohort.
   *
   * @param kind {@code set} or {@code assessment}
   * @param minutes an assessment's clock, once a candidate starts it; null for a set
   * @param problems the problems' slugs, in the order given
   */
  public record Assignment(
      String id,
      String cohortId,
      String title,
      String kind,
      Instant dueAt,
      @Nullable Integer minutes,
      List<String> problems,
      Instant createdAt) {}

  /** A new cohort, coached by its creator. */
  public Cohort create(String name, String coachId) {
    Cohort c = new Cohort(Ids.next(clock), name, clock.instant());
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO cohorts (id, name, created_by, created_at) VALUES (:id, :n, :u, :at)")
              .bind("id", c.id())
              .bind("n", name)
              .bind("u", coachId)
              .bind("at", c.createdAt().toEpochMilli())
              .execute();
          h.createUpdate("INSERT INTO cohort_coaches (cohort_id, user_id) VALUES (:c, :u)")
              .bind("c", c.id())
              .bind("u", coachId)
              .execute();
        });
    return c;
  }

  public Optional<Cohort> get(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, name, created_at FROM cohorts WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Cohort(rs.getString(1), rs.getString(2), at(rs.getLong(3))))
                .findOne());
  }

  /** The cohorts a user coaches, newest first. */
  public List<Cohort> coachedBy(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT c.id, c.name, c.created_at FROM cohorts c JOIN cohort_coaches k"
                        + " ON k.cohort_id = c.id WHERE k.user_id = :u"
                        + " ORDER BY c.created_at DESC, c.id")
                .bind("u", userId)
                .map((rs, ctx) -> new Cohort(rs.getString(1), rs.getString(2), at(rs.getLong(3))))
                .list());
  }

  /** Every cohort, newest first (for admins). */
  public List<Cohort> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, name, created_at FROM cohorts ORDER BY created_at DESC, id")
                .map((rs, ctx) -> new Cohort(rs.getString(1), rs.getString(2), at(rs.getLong(3))))
                .list());
  }

  public boolean isCoach(String cohortId, String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM cohort_coaches WHERE cohort_id = :c AND user_id = :u")
                    .bind("c", cohortId)
                    .bind("u", userId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Adds a candidate; false when they were a member already. */
  public boolean addMember(String cohortId, String userId) {
    return jdbi.inTransaction(
        h -> {
          boolean member =
              h.createQuery(
                          "SELECT COUNT(*) FROM cohort_members WHERE cohort_id = :c AND user_id = :u")
                      .bind("c", cohortId)
                      .bind("u", userId)
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (member) {
            return false;
          }
          h.createUpdate(
                  "INSERT INTO cohort_members (cohort_id, user_id, added_at) VALUES (:c, :u, :at)")
              .bind("c", cohortId)
              .bind("u", userId)
              .bind("at", clock.millis())
              .execute();
          return true;
        });
  }

  /** Adds a coach; nothing when they coach it already. */
  public void addCoach(String cohortId, String userId) {
    if (!isCoach(cohortId, userId)) {
      jdbi.useHandle(
          h ->
              h.createUpdate("INSERT INTO cohort_coaches (cohort_id, user_id) VALUES (:c, :u)")
                  .bind("c", cohortId)
                  .bind("u", userId)
                  .execute());
    }
  }

  /** The cohort's candidates, by email. */
  public List<Accounts.Account> members(String cohortId) {
    return people("cohort_members", cohortId);
  }

  public List<Accounts.Account> coaches(String cohortId) {
    return people("cohort_coaches", cohortId);
  }

  private List<Accounts.Account> people(String table, String cohortId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ACCOUNT_COLUMNS
                        + " FROM users u JOIN "
                        + table
                        + " m ON m.user_id = u.id WHERE m.cohort_id = :c ORDER BY u.email")
                .bind("c", cohortId)
                .map((rs, ctx) -> Accounts.row(rs))
                .list());
  }

  /** A new assignment with its problems, in one transaction. */
  public Assignment addAssignment(
      String cohortId,
      String title,
      String kind,
      Instant dueAt,
      @Nullable Integer minutes,
      List<String> problems) {
    Assignment a =
        new Assignment(
            Ids.next(clock),
            cohortId,
            title,
            kind,
            dueAt,
            minutes,
            List.copyOf(problems),
            clock.instant());
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO assignments (id, cohort_id, title, kind, due_at, minutes,"
                      + " created_at) VALUES (:id, :c, :t, :k, :due, :m, :at)")
              .bind("id", a.id())
              .bind("c", cohortId)
              .bind("t", title)
              .bind("k", kind)
              .bind("due", dueAt.toEpochMilli())
              .bind("m", minutes)
              .bind("at", a.createdAt().toEpochMilli())
              .execute();
          for (int i = 0; i < problems.size(); i++) {
            h.createUpdate(
                    "INSERT INTO assignment_problems (assignment_id, position, problem)"
                        + " VALUES (:a, :p, :s)")
                .bind("a", a.id())
                .bind("p", i)
                .bind("s", problems.get(i))
                .execute();
          }
        });
    return a;
  }

  /** A cohort's assignments, soonest due first. */
  public List<Assignment> assignments(String cohortId) {
    return jdbi.withHandle(
        h ->
            assignments(
                h,
                "SELECT "
                    + ASSIGNMENT_COLUMNS
                    + " FROM assignments a WHERE a.cohort_id = :v"
                    + " ORDER BY a.due_at, a.id",
                cohortId));
  }

  public Optional<Assignment> assignment(String id) {
    return jdbi.withHandle(
        h ->
            assignments(
                    h, "SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments a WHERE a.id = :v", id)
                .stream()
                .findFirst());
  }

  /** The assignments of every cohort a candidate belongs to, soonest due first. */
  public List<Assignment> assignmentsFor(String userId) {
    return jdbi.withHandle(
        h ->
            assignments(
                h,
                "SELECT "
                    + ASSIGNMENT_COLUMNS
                    + " FROM assignments a JOIN cohort_members m ON m.cohort_id = a.cohort_id"
                    + " WHERE m.user_id = :v ORDER BY a.due_at, a.id",
                userId));
  }

  private static List<Assignment> assignments(Handle h, String sql, String value) {
    List<Assignment> rows =
        h.createQuery(sql)
            .bind("v", value)
            .map(
                (rs, ctx) -> {
                  int minutes = rs.getInt(6);
                  Integer m = rs.wasNull() ? null : minutes;
                  return new Assignment(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      at(rs.getLong(5)),
                      m,
                      List.of(),
                      at(rs.getLong(7)));
                })
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    // every listed assignment's problems in one query, not one per assignment
    Map<String, List<String>> problems = new LinkedHashMap<>();
    h.createQuery(
            "SELECT assignment_id, problem FROM assignment_problems"
                + " WHERE assignment_id IN (<ids>) ORDER BY assignment_id, position")
        .bindList("ids", rows.stream().map(Assignment::id).toList())
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(
            e -> problems.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Assignment> full = new ArrayList<>();
    for (Assignment a : rows) {
      full.add(
          new Assignment(
              a.id(),
              a.cohortId(),
              a.title(),
              a.kind(),
              a.dueAt(),
              a.minutes(),
              List.copyOf(problems.getOrDefault(a.id(), List.of())),
              a.createdAt()));
    }
    return full;
  }

  /** Starts a candidate's clock on an assessment, once; the start, whenever it was. */
  public Instant start(String assignmentId, String userId) {
    return jdbi.inTransaction(
        h -> {
          Optional<Long> started = startedAt(h, assignmentId, userId);
          if (started.isPresent()) {
            return at(started.get());
          }
          long now = clock.millis();
          h.createUpdate(
                  "INSERT INTO assessment_starts (assignment_id, user_id, started_at)"
                      + " VALUES (:a, :u, :at)")
              .bind("a", assignmentId)
              .bind("u", userId)
              .bind("at", now)
              .execute();
          return at(now);
        });
  }

  /** When a candidate started an assessment, if they did. */
  public Optional<Instant> startOf(String assignmentId, String userId) {
    return jdbi.withHandle(h -> startedAt(h, assignmentId, userId).map(Cohorts::at));
  }

  /** Each candidate's start of an assessment, by user id. */
  public Map<String, Instant> starts(String assignmentId) {
    return jdbi.withHandle(
        h -> {
          Map<String, Instant> starts = new LinkedHashMap<>();
          h.createQuery(
                  "SELECT user_id, started_at FROM assessment_starts WHERE assignment_id = :a")
              .bind("a", assignmentId)
              .map((rs, ctx) -> Map.entry(rs.getString(1), at(rs.getLong(2))))
              .forEach(e -> starts.put(e.getKey(), e.getValue()));
          return starts;
        });
  }

  private static Optional<Long> startedAt(Handle h, String assignmentId, String userId) {
    return h.createQuery(
            "SELECT started_at FROM assessment_starts WHERE assignment_id = :a AND user_id = :u")
        .bind("a", assignmentId)
        .bind("u", userId)
        .mapTo(Long.class)
        .findOne();
  }

  private static Instant at(long millis) {
    return Instant.ofEpochMilli(millis);
  }
}
