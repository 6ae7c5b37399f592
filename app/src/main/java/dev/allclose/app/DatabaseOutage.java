package dev.allclose.app;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (a shared server's PostgreSQL down or cut off) from the
 * other failures of a request: the former is the operator's to fix and worth retrying, so a front
 * end answers it as a temporary outage (HTTP 503), not as an internal error.
 */
public final class DatabaseOutage {
  /** What a user is told while the database cannot be reached. */
  public static final String MESSAGE =
      "the database cannot be reached at the moment; nothing was changed, try again shortly";

  private DatabaseOutage() {}

  /**
   * Whether {@code e} comes from a lost or refused database connection: a connection-class SQL
   * state ({@code 08xxx}), or no connection free before the pool's timeout.
   */
  public static boolean causes(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
