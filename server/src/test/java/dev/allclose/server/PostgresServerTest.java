package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunWatch;
import dev.allclose.store.Runs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on PostgreSQL ({@code serve --database}): a run is judged and recorded there, not in
 * the home folder, and a server started again on the same database finds the user's work. Uses the
 * PostgreSQL at {@code ALLCLOSE_TEST_POSTGRES} (by default the local one), in a schema of its own;
 * skipped where none answers, unless {@code ALLCLOSE_REQUIRE_POSTGRES=1}.
 */
class PostgresServerTest {
  static final String POSTGRES =
      System.getenv()
          .getOrDefault(
              "ALLCLOSE_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @TempDir Path home;
  String schema;

  @BeforeEach
  void createSchema() {
    try (Connection c = DriverManager.getConnection(POSTGRES)) {
      schema = "server_test_" + UUID.randomUUID().toString().replace("-", "");
      try (Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
    } catch (SQLException e) {
      if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_POSTGRES"))) {
        throw new AssertionError("PostgreSQL at " + POSTGRES + ": " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL answers at " + POSTGRES);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(POSTGRES);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private String url() {
    return POSTGRES + "&currentSchema=" + schema;
  }

  /** A relay between the server and PostgreSQL, which a test closes to cut the database off. */
  private @Nullable TcpRelay relay;

  private final java.net.URI database = java.net.URI.create(POSTGRES.substring("jdbc:".length()));

  /** A workbench on this test's schema, reaching PostgreSQL through a new {@link #relay}. */
  private Workbench throughRelay() throws Exception {
    TcpRelay r = new TcpRelay(0, database.getHost(), database.getPort());
    relay = r;
    Workbench w = new Workbench(home, List.of(), warning -> {});
    w.usePostgres(url().replace(":" + database.getPort() + "/", ":" + r.port() + "/"));
    return w;
  }

  /** The database goes away, and every connection through the relay with it. */
  private void cutOff() throws Exception {
    Objects.requireNonNull(relay).close();
  }

  /** The database is back, on the port the relay had. */
  private void reopenRelay() throws Exception {
    relay =
        new TcpRelay(Objects.requireNonNull(relay).port(), database.getHost(), database.getPort());
  }

  @AfterEach
  void closeRelay() throws Exception {
    if (relay != null) {
      relay.close();
    }
  }

  private ServerFixture serve() {
    Workbench w = new Workbench(home, List.of(), warning -> {});
    w.usePostgres(url());
    return new ServerFixture(w, 1);
  }

  @Test
  void runsAndWorkAreKeptInPostgresAcrossRestarts() throws Exception {
    try (ServerFixture first = serve()) {
      JsonNode run = first.runToEnd("1", "python", ApiTest.MHA, "submit");
      assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
      assertThat(
              first
                  .put("/api/problems/rope/draft/python", "{\"source\": \"print('mine')\"}")
                  .status())
          .isEqualTo(204);
    }
    assertThat(home.resolve("allclose.db")).as("the home folder's SQLite file").doesNotExist();
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT verdict, total FROM submissions")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("accepted");
      assertThat(rs.getInt(2)).isEqualTo(11);
    }

    try (ServerFixture again = serve()) {
      JsonNode mha = again.get("/api/progress").json().get("rows").get(0);
      assertThat(again.get("/api/problems/rope/draft/python").json().get("source").asText())
          .isEqualTo("print('mine')");
      assertThat(mha.get("status").asText()).as(mha.toString()).isEqualTo("solved");
    }
  }

  @Test
  void whileTheDatabaseIsCutOffRequestsGetA503AndServiceResumesAfter() throws Exception {
    Workbench w = throughRelay();
    try (ServerFixture server = new ServerFixture(w, 1)) {
      assertThat(server.put("/api/progress/top-k/note", "{\"text\": \"heap\"}").status())
          .isEqualTo(204);

      cutOff(); // the database goes away, its open connections with it
      ServerFixture.Response down = server.get("/api/progress");
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.json().get("error").asText()).contains("database cannot be reached");

      reopenRelay();
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
      ServerFixture.Response up = server.get("/api/progress");
      while (up.status() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        up = server.get("/api/progress");
      }
      assertThat(up.status()).as(up.body()).isEqualTo(200);
      assertThat(up.body()).contains("heap");
    }
  }

  @Test
  void aRunChangedElsewhereWakesItsFollowersThroughTheDatabaseAlsoAfterAnOutage() throws Exception {
    Workbench w = throughRelay();
    w.keepDatabaseOpen();
    try (RunWatch watch = RunWatch.of(w)) {
      await(watch::live, "the watch listens");
      Runs.RunRecord run = w.store().runs().add("top-k", "python", "s.py", "x = 1", "submit");
      // a minute's timer: only the worker's signal can wake it within the test's wait
      CompletableFuture<Void> woken = watch.next(run.id(), 60_000);
      w.store().runs().progress(run.id(), "worker-elsewhere", 11, 1, "sample-1");
      woken.get(10, TimeUnit.SECONDS);

      cutOff(); // the database goes away, the listener's connection with it
      await(() -> !watch.live(), "the watch knows it is not listening");
      reopenRelay();
      await(watch::live, "the watch listens again");
      CompletableFuture<Void> again = watch.next(run.id(), 60_000);
      await(
          () -> {
            try {
              return w.store().runs().progress(run.id(), "worker-elsewhere", 11, 2, null);
            } catch (RuntimeException poolStillReconnecting) {
              return false;
            }
          },
          "the worker's write goes through");
      again.get(10, TimeUnit.SECONDS);
    } finally {
      w.closeDatabase();
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("within 30 s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
