package dev.allclose.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the workbench holds the database: a connection per use for a command, kept connections for a
 * server until it closes them. SQLite removes its write-ahead log when its last connection closes,
 * so the log file shows whether a connection is still open.
 */
class WorkbenchDatabaseTest {
  @TempDir Path home;

  private Path log() {
    return home.resolve("allclose.db-wal");
  }

  @Test
  void aCommandLeavesNoConnectionOpen() {
    Workbench w = new Workbench(home, List.of(), warning -> {});
    w.store().notes().put("top-k", "quickselect");
    assertThat(log()).doesNotExist();
  }

  @Test
  void aServerKeepsItsConnectionsUntilItClosesThem() {
    Workbench w = new Workbench(home, List.of(), warning -> {});
    w.keepDatabaseOpen();
    w.store().notes().put("top-k", "quickselect");
    assertThat(log()).as("the log of a database still open").exists();

    w.closeDatabase();
    assertThat(log()).doesNotExist();
    // after the close, a use opens the database again, as a command does
    assertThat(w.store().notes().get("top-k")).contains("quickselect");
    assertThat(log()).doesNotExist();
  }
}
