package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class MigrationsTest {
  @TempDir Path tmp;

  private SQLiteDataSource source(Path db) {
    SQLiteDataSource s = new SQLiteDataSource();
    s.setUrl("jdbc:sqlite:" + db);
    return s;
  }

  @Test
  void knowsTheShippedVersions() {
    assertThat(Migrations.PRACTICE.shipped()).contains("1", "2");
  }

  @Test
  void aFreshDatabaseIsNotUpToDateAndAMigratedOneIs() throws Exception {
    Path db = tmp.resolve("db.sqlite");
    assertThat(Migrations.PRACTICE.upToDate(source(db))).isFalse();
    Store.openSqlite(db);
    assertThat(Migrations.PRACTICE.upToDate(source(db))).isTrue();
  }

  @Test
  void aMissingMigrationMakesFlywayRunAgain() throws Exception {
    Path db = tmp.resolve("db.sqlite");
    Store.openSqlite(db);
    try (Connection c = source(db).getConnection();
        Statement s = c.createStatement()) {
      // As if this database had been made by a build that did not ship V2 yet, though it shipped
      // later versions: Flyway applies the missing one out of order.
      s.execute("DROP TABLE drafts");
      s.execute("DROP TABLE problem_state");
      s.execute("DROP TABLE interview_sessions");
      s.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
    }
    assertThat(Migrations.PRACTICE.upToDate(source(db))).isFalse();
    Store store = Store.openSqlite(db);
    store.drafts().save("p", "python", "x");
    assertThat(store.drafts().get("p", "python")).contains("x");
  }

  @Test
  void postgresGetsEveryMigrationOnceAndAnUpToDateSchemaIsSeenAsSuch() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        TestDatabase.postgresAvailable(), "no PostgreSQL answers here");
    try (TestDatabase db = TestDatabase.of(TestDatabase.Kind.POSTGRES)) {
      Store first = db.open("db");
      first.notes().put("top-k", "quickselect");
      Store again = db.open("db");
      assertThat(again.notes().get("top-k")).contains("quickselect");
      javax.sql.DataSource source = db.postgresSource("db");
      assertThat(Migrations.PRACTICE.upToDate(source)).isTrue();
      try (Connection c = source.getConnection();
          Statement s = c.createStatement();
          java.sql.ResultSet rs =
              s.executeQuery(
                  "SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history"
                      + " WHERE version IS NOT NULL")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(Migrations.PRACTICE.shipped().size());
        assertThat(rs.getInt(2)).isEqualTo(Migrations.PRACTICE.shipped().size());
      }
    }
  }

  @Test
  void migratingAFreshDatabaseLogsNothing() throws Exception {
    Logger flyway = Logger.getLogger("dev.allclose.store.flyway");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            records.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    flyway.addHandler(handler);
    try {
      Store.openSqlite(tmp.resolve("fresh.sqlite"));
    } finally {
      flyway.removeHandler(handler);
    }
    assertThat(records).extracting(LogRecord::getMessage).isEmpty();
  }
}
