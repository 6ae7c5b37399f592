package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Study plans and their items. One plan is active at a time: creating one retires the previous
 * (kept, inactive). Every write that touches several rows runs in one transaction.
 */
public final class StudyPlans {
  private static final String ITEM_COLUMNS =
      "id, plan_id, day, position, phase, kind, ref, title, minutes, first_day, added_at, done_at";

  private final Jdbi jdbi;
  private final Clock clock;

  StudyPlans(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores a new active plan with its items (in the given order within each day). */
  public StoredPlan create(
      LocalDate start,
      LocalDate interview,
      int dailyMinutes,
      String focus,
      List<PlanPhase> phases,
      List<NewPlanItem> items) {
    StoredPlan plan =
        new StoredPlan(Ids.next(clock), clock.instant(), start, interview, dailyMinutes, focus);
    jdbi.useTransaction(
        h -> {
          h.createUpdate("UPDATE study_plans SET active = 0 WHERE active = 1").execute();
          h.createUpdate(
                  "INSERT INTO study_plans (id, created_at, start_day, interview_day,"
                      + " daily_minutes, focus, active) VALUES (:id, :at, :s, :i, :m, :f, 1)")
              .bind("id", plan.id())
              .bind("at", plan.createdAt().toEpochMilli())
              .bind("s", start.toString())
              .bind("i", interview.toString())
              .bind("m", dailyMinutes)
              .bind("f", focus)
              .execute();
          for (int i = 0; i < phases.size(); i++) {
            h.createUpdate(
                    "INSERT INTO plan_phases (plan_id, position, title, first_day, last_day)"
                        + " VALUES (:p, :pos, :t, :f, :l)")
                .bind("p", plan.id())
                .bind("pos", i)
                .bind("t", phases.get(i).title())
                .bind("f", phases.get(i).first().toString())
                .bind("l", phases.get(i).last().toString())
                .execute();
          }
          for (NewPlanItem item : items) {
            insert(h, plan.id(), item);
          }
        });
    return plan;
  }

  /** A plan's phases in order. */
  public List<PlanPhase> phases(String planId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT title, first_day, last_day FROM plan_phases WHERE plan_id = :p"
                        + " ORDER BY position")
                .bind("p", planId)
                .map(
                    (rs, ctx) ->
                        new PlanPhase(
                            rs.getString("title"),
                            LocalDate.parse(rs.getString("first_day")),
                            LocalDate.parse(rs.getString("last_day"))))
                .list());
  }

  /** The plan made last, if any. */
  public Optional<StoredPlan> active() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, created_at, start_day, interview_day, daily_minutes, focus"
                        + " FROM study_plans WHERE active = 1")
                .map(
                    (rs, ctx) ->
                        new StoredPlan(
                            rs.getString("id"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            LocalDate.parse(rs.getString("start_day")),
                            LocalDate.parse(rs.getString("interview_day")),
                            rs.getInt("daily_minutes"),
                            rs.getString("focus")))
                .findOne());
  }

  /** A plan's items, by day and position. */
  public List<PlanItemRecord> items(String planId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ITEM_COLUMNS
                        + " FROM plan_items WHERE plan_id = :p ORDER BY day, position")
                .bind("p", planId)
                .map((rs, ctx) -> item(rs))
                .list());
  }

  /**
   * Applies one adaptation of the plan in a single transaction: items done (with when), moves to
   * later days, and new items (work that came back for review).
   */
  public void adapt(
      String planId, Map<String, Instant> done, List<PlanItemMove> moves, List<NewPlanItem> added) {
    jdbi.useTransaction(
        h -> {
          done.forEach((id, at) -> setDone(h, planId, id, at));
          for (PlanItemMove move : moves) {
            h.createUpdate(
                    "UPDATE plan_items SET day = :d, position = :pos WHERE id = :id AND plan_id = :p")
                .bind("d", move.day().toString())
                .bind("pos", nextPosition(h, planId, move.day()))
                .bind("id", move.itemId())
                .bind("p", planId)
                .execute();
          }
          for (NewPlanItem item : added) {
            insert(h, planId, item);
          }
        });
  }

  /** Marks an item done at {@code at}, or not done when {@code at} is null. */
  public void markDone(String planId, String itemId, @Nullable Instant at) {
    jdbi.useHandle(h -> setDone(h, planId, itemId, at));
  }

  private static void setDone(Handle h, String planId, String itemId, @Nullable Instant at) {
    h.createUpdate("UPDATE plan_items SET done_at = :at WHERE id = :id AND plan_id = :p")
        .bind("at", at == null ? null : at.toEpochMilli())
        .bind("id", itemId)
        .bind("p", planId)
        .execute();
  }

  private void insert(Handle h, String planId, NewPlanItem item) {
    h.createUpdate(
            "INSERT INTO plan_items ("
                + ITEM_COLUMNS
                + ") VALUES (:id, :plan, :day, :pos, :phase, :kind, :ref, :title, :minutes,"
                + " :day, :added, NULL)")
        .bind("id", Ids.next(clock))
        .bind("plan", planId)
        .bind("day", item.day().toString())
        .bind("pos", nextPosition(h, planId, item.day()))
        .bind("phase", item.phase())
        .bind("kind", item.kind())
        .bind("ref", item.ref())
        .bind("title", item.title())
        .bind("minutes", item.minutes())
        .bind("added", clock.millis())
        .execute();
  }

  private static int nextPosition(Handle h, String planId, LocalDate day) {
    return h.createQuery(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM plan_items WHERE plan_id = :p AND day = :d")
        .bind("p", planId)
        .bind("d", day.toString())
        .mapTo(Integer.class)
        .one();
  }

  private static PlanItemRecord item(ResultSet rs) throws SQLException {
    long done = rs.getLong("done_at");
    Instant doneAt = rs.wasNull() ? null : Instant.ofEpochMilli(done);
    return new PlanItemRecord(
        rs.getString("id"),
        rs.getString("plan_id"),
        LocalDate.parse(rs.getString("day")),
        rs.getInt("position"),
        rs.getString("phase"),
        rs.getString("kind"),
        rs.getString("ref"),
        rs.getString("title"),
        rs.getInt("minutes"),
        LocalDate.parse(rs.getString("first_day")),
        Instant.ofEpochMilli(rs.getLong("added_at")),
        doneAt);
  }
}
