package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/** Interviews, the questions picked to ask in each, and their checklist ticks. */
public final class Interviews {
  private final Jdbi jdbi;
  private final Clock clock;

  Interviews(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Creates the interview, or updates it: a null role, team or day leaves the stored value as it
   * was.
   */
  public InterviewRecord save(
      String name, @Nullable String role, @Nullable String team, @Nullable LocalDate day) {
    jdbi.useTransaction(
        h -> {
          ensure(h, name);
          h.createUpdate(
                  "UPDATE interviews SET role = COALESCE(:r, role), team = COALESCE(:t, team),"
                      + " day = COALESCE(:d, day) WHERE name = :n")
              .bind("r", role)
              .bind("t", team)
              .bind("d", day == null ? null : day.toString())
              .bind("n", name)
              .execute();
        });
    return get(name).orElseThrow();
  }

  public Optional<InterviewRecord> get(String name) {
    return query("WHERE name = :n", name).stream().findFirst();
  }

  /** The interview created last, if any. */
  public Optional<InterviewRecord> latest() {
    return query("ORDER BY created_at DESC, name DESC LIMIT 1", null).stream().findFirst();
  }

  private List<InterviewRecord> query(String where, @Nullable String name) {
    return jdbi.withHandle(
        h ->
            bindName(
                    h.createQuery(
                        "SELECT name, role, team, day, created_at FROM interviews " + where),
                    name)
                .map(
                    (rs, ctx) -> {
                      String day = rs.getString("day");
                      return new InterviewRecord(
                          rs.getString("name"),
                          rs.getString("role"),
                          rs.getString("team"),
                          day == null ? null : LocalDate.parse(day),
                          Instant.ofEpochMilli(rs.getLong("created_at")));
                    })
                .list());
  }

  private static org.jdbi.v3.core.statement.Query bindName(
      org.jdbi.v3.core.statement.Query q, @Nullable String name) {
    return name == null ? q : q.bind("n", name);
  }

  /** Replaces the questions picked for an interview, in one transaction. */
  public void pick(String name, List<String> questionIds) {
    jdbi.useTransaction(
        h -> {
          ensure(h, name);
          h.createUpdate("DELETE FROM interview_questions WHERE interview = :n")
              .bind("n", name)
              .execute();
          for (int i = 0; i < questionIds.size(); i++) {
            h.createUpdate(
                    "INSERT INTO interview_questions (interview, position, question_id)"
                        + " VALUES (:n, :p, :q)")
                .bind("n", name)
                .bind("p", i)
                .bind("q", questionIds.get(i))
                .execute();
          }
        });
  }

  public List<String> picks(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT question_id FROM interview_questions WHERE interview = :n"
                        + " ORDER BY position")
                .bind("n", name)
                .mapTo(String.class)
                .list());
  }

  /** Ticks or unticks checklist items of an interview, in one transaction. */
  public void tick(String name, String checklist, List<String> itemIds, boolean ticked) {
    jdbi.useTransaction(
        h -> {
          ensure(h, name);
          for (String item : itemIds) {
            h.createUpdate(
                    "DELETE FROM checklist_ticks WHERE interview = :n AND checklist = :c"
                        + " AND item_id = :i")
                .bind("n", name)
                .bind("c", checklist)
                .bind("i", item)
                .execute();
            if (ticked) {
              h.createUpdate(
                      "INSERT INTO checklist_ticks (interview, checklist, item_id, ticked_at)"
                          + " VALUES (:n, :c, :i, :at)")
                  .bind("n", name)
                  .bind("c", checklist)
                  .bind("i", item)
                  .bind("at", clock.millis())
                  .execute();
            }
          }
        });
  }

  public Set<String> ticks(String name, String checklist) {
    return new LinkedHashSet<>(
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT item_id FROM checklist_ticks WHERE interview = :n"
                            + " AND checklist = :c ORDER BY ticked_at, item_id")
                    .bind("n", name)
                    .bind("c", checklist)
                    .mapTo(String.class)
                    .list()));
  }

  private void ensure(Handle h, String name) {
    int known =
        h.createQuery("SELECT COUNT(*) FROM interviews WHERE name = :n")
            .bind("n", name)
            .mapTo(Integer.class)
            .one();
    if (known == 0) {
      h.createUpdate("INSERT INTO interviews (name, created_at) VALUES (:n, :at)")
          .bind("n", name)
          .bind("at", clock.millis())
          .execute();
    }
  }
}
