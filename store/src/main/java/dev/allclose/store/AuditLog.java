package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What admins did on a shared server, kept for good ({@code db/accounts/V1__accounts.sql}). */
public final class AuditLog {
  private final Jdbi jdbi;
  private final Clock clock;

  AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * One admin action.
   *
   * @param actor who: a user's email, or {@code cli:USER} for the admin command line
   * @param action what, as a short id ({@code create-user})
   * @param subject on whom or what
   */
  public record Entry(Instant at, String actor, String action, String subject, String detail) {}

  public void add(String actor, String action, String subject, String detail) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO audit_log (id, at, actor, action, subject, detail)"
                        + " VALUES (:id, :at, :actor, :action, :subject, :detail)")
                .bind("id", Ids.next(clock))
                .bind("at", clock.millis())
                .bind("actor", actor)
                .bind("action", action)
                .bind("subject", subject)
                .bind("detail", detail)
                .execute());
  }

  /** The latest entries first, at most {@code limit}. */
  public List<Entry> latest(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT at, actor, action, subject, detail FROM audit_log"
                        + " ORDER BY at DESC, id DESC LIMIT :n")
                .bind("n", limit)
                .map(
                    (rs, ctx) ->
                        new Entry(
                            Instant.ofEpochMilli(rs.getLong(1)),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5)))
                .list());
  }
}
