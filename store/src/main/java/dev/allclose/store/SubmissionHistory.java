package dev.allclose.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Every submission of every problem, oldest first, as summaries. */
public final class SubmissionHistory {
  private final Jdbi jdbi;

  SubmissionHistory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<SubmissionSummary> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT problem, kind, verdict, created_at, elapsed_ms FROM submissions"
                        + " ORDER BY created_at, id")
                .map(
                    (rs, ctx) -> {
                      long elapsed = rs.getLong("elapsed_ms");
                      Long elapsedMs = rs.wasNull() ? null : elapsed;
                      return new SubmissionSummary(
                          rs.getString("problem"),
                          rs.getString("kind"),
                          rs.getString("verdict"),
                          Instant.ofEpochMilli(rs.getLong("created_at")),
                          elapsedMs);
                    })
                .list());
  }
}
