package dev.allclose.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a shared server when a run changed, instead of it reading every waiting run again and
 * again: each change {@link Runs} writes on PostgreSQL also sends the run's id on the channel
 * {@value #CHANNEL} (PostgreSQL's NOTIFY, delivered when the change commits), and this listens on
 * that channel over one connection of its own, handing each id to a callback on its own thread.
 *
 * <p>A signal is a hint, never the data: whoever wakes reads the run from the database as before,
 * so a signal for another workspace's run of the same id costs a read and shows nothing. Signals
 * sent while the connection is down are lost; {@link #listening} says so, and a waiter then falls
 * back to reading on a timer. The connection is made again every second until it works.
 */
public final class RunSignals implements AutoCloseable {
  /** The channel every change of a run is signalled on, with the run's id as the payload. */
  static final String CHANNEL = "allclose_runs";

  private static final int WAIT_MS = 500;
  private static final long RETRY_MS = 1_000;

  private final DataSource source;
  private final Consumer<String> onRun;
  private final Thread thread;
  private volatile boolean listening;
  private volatile boolean closed;
  private volatile @Nullable Connection connection;

  RunSignals(DataSource source, Consumer<String> onRun) {
    this.source = source;
    this.onRun = onRun;
    this.thread = Thread.ofPlatform().daemon().name("run-signals").start(this::listen);
  }

  /** Whether signals arrive now: false until the first connection and while it is lost. */
  public boolean listening() {
    return listening;
  }

  private void listen() {
    while (!closed) {
      try (Connection c = source.getConnection()) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listening = true;
        while (!closed) {
          PGNotification[] signals = pg.getNotifications(WAIT_MS);
          if (signals != null) {
            for (PGNotification n : signals) {
              onRun.accept(n.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        // the database went away (or this is closing): waiters read on a timer meanwhile
      } finally {
        listening = false;
        connection = null;
      }
      pause();
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** Stops listening and closes the connection. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The SQL call that signals a changed run, whose id {@code idExpression} gives: sent when the
   * transaction that makes it commits, not at all if it rolls back.
   */
  static String signal(String idExpression) {
    return "pg_notify('" + CHANNEL + "', " + idExpression + ")";
  }
}
