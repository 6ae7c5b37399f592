package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose worker} as an operator runs it, in processes of its own beside {@code serve
 * --database --queue}, against the real PostgreSQL and RabbitMQ: a worker killed with SIGKILL
 * mid-run leaves its run to the broker, which hands it to the next worker, and the run is recorded
 * once; and a worker refuses to start without the sandbox.
 */
class WorkerFaultTest {
  private static final String POSTGRES =
      System.getenv()
          .getOrDefault(
              "ALLCLOSE_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final String BROKER =
      System.getenv().getOrDefault("ALLCLOSE_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672");

  @TempDir Path tmp;
  private String schema;
  private String queueName;
  @AutoClose final ProductProcesses product = new ProductProcesses();

  @BeforeEach
  void prepare() throws Exception {
    try (java.sql.Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      schema = "worker_" + UUID.randomUUID().toString().replace("-", "");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      requireOrSkip("ALLCLOSE_REQUIRE_POSTGRES", "PostgreSQL", e);
    }
    queueName = "allclose.test." + UUID.randomUUID();
    try (com.rabbitmq.client.Connection c = factory().newConnection()) {
      c.isOpen();
    } catch (Exception e) {
      requireOrSkip("ALLCLOSE_REQUIRE_RABBITMQ", "RabbitMQ", e);
    }
  }

  private static void requireOrSkip(String variable, String what, Exception e) {
    if ("1".equals(System.getenv(variable))) {
      throw new AssertionError(what + " does not answer: " + e.getMessage(), e);
    }
    Assumptions.abort("no " + what + " answers here");
  }

  private static ConnectionFactory factory() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(BROKER);
    return f;
  }

  @AfterEach
  void cleanUp() throws Exception {
    product.close(); // before the queue and the schema go
    if (queueName != null) {
      try (com.rabbitmq.client.Connection c = factory().newConnection();
          com.rabbitmq.client.Channel ch = c.createChannel()) {
        ch.queueDelete(queueName);
      }
    }
    if (schema != null) {
      try (java.sql.Connection c = DriverManager.getConnection(POSTGRES);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** The shared server's settings, as an operator puts them in each process's environment. */
  private Map<String, String> shared() {
    return Map.of(
        "ALLCLOSE_DATABASE", POSTGRES + "&currentSchema=" + schema,
        "ALLCLOSE_QUEUE", BROKER,
        "ALLCLOSE_RUN_QUEUE", queueName);
  }

  private Process worker(int n) throws IOException {
    Process w = product.start(tmp.resolve("worker-" + n), shared(), "worker", "--concurrency", "1");
    ProductProcesses.await(w, Pattern.compile("^Worker \\S+ judges runs"));
    return w;
  }

  @Test
  void aRunWhoseWorkerIsKilledIsJudgedOnceByTheNext() throws Exception {
    ProductProcesses.Served server = product.serve(tmp.resolve("server"), shared());
    Process first = worker(1);
    String id = product.submit(server, "1", ServerCrashTest.SLOW_MHA);
    product.awaitCases(server, id, 2);
    first.destroyForcibly(); // SIGKILL, mid-run: the broker gets no acknowledgement
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    worker(2);

    JsonNode run = product.awaitEnd(server, id, Duration.ofMinutes(2));
    assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
    assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
    JsonNode mha = product.send(server, "GET", "/api/progress", null).get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as(mha.toString()).isEqualTo(1);
  }

  @Test
  void aWorkerRefusesToStartWithoutTheSandbox() throws Exception {
    Map<String, String> unsandboxed = new HashMap<>(shared());
    unsandboxed.put("ALLCLOSE_SANDBOX", "off");
    Process w = product.start(tmp.resolve("worker"), unsandboxed, "worker");
    assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(w.exitValue()).as(out).isEqualTo(2);
    assertThat(out).contains("needs the sandbox").doesNotContain("Exception");
    assertThat(Files.exists(tmp.resolve("worker").resolve("allclose.db"))).isFalse();
  }
}
