package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process with SIGKILL while it writes submissions and checks that the database it leaves
 * behind is intact and never holds a submission without all of its cases.
 */
class CrashConsistencyTest {
  @TempDir Path tmp;

  @Test
  void aProcessKilledMidWriteLeavesAConsistentDatabase() throws Exception {
    Path db = tmp.resolve("crash.sqlite");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                db.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("ready");
      Thread.sleep(1500);
      writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to finish a write
      assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM submissions")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the writer got some submissions in").isPositive();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*) FROM submissions s WHERE (SELECT COUNT(*) FROM case_reports c WHERE c.submission_id = s.id) <> 50")) {
        rs.next();
        assertThat(rs.getInt(1)).as("submissions with a partial set of cases").isZero();
      }
    }
    assertThat(Store.openSqlite(db).progress().rows(List.of("p")).get(0).solved()).isTrue();
  }
}
