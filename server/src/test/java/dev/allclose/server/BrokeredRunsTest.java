package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.ConnectionFactory;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunMessage;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.app.shared.RunWorker;
import dev.allclose.judge.Mode;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared server's judging through RabbitMQ, against the real broker and PostgreSQL: the server
 * stores and publishes each run, a worker (in this JVM, on a home of its own) judges it and stores
 * the report, and the page's polls follow it from the database. Each test has its own schema and
 * queue. Skipped where PostgreSQL or RabbitMQ do not answer, unless {@code
 * ALLCLOSE_REQUIRE_POSTGRES=1} and {@code ALLCLOSE_REQUIRE_RABBITMQ=1} (set by {@code .ci/run}).
 */
class BrokeredRunsTest {
  static final String BROKER =
      System.getenv().getOrDefault("ALLCLOSE_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672");

  @TempDir Path tmp;
  Deployment deployment;

  @BeforeEach
  void prepare() throws Exception {
    deployment = new Deployment(tmp);
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (deployment != null) { // null where prepare skipped the test
      deployment.close();
    }
  }

  /**
   * One test's shared server deployment: a queue of its own on the broker and a schema of its own
   * in PostgreSQL, and the workbenches, queue connections and servers opened on them. Opening it
   * skips the test where RabbitMQ or PostgreSQL do not answer (see above); closing it closes what
   * was opened on it, latest first, then deletes the queue and drops the schema.
   */
  static final class Deployment {
    private final Path tmp;
    final String queueName = "allclose.test." + UUID.randomUUID();
    final String schema = "brokered_" + UUID.randomUUID().toString().replace("-", "");
    private final List<AutoCloseable> closing = new ArrayList<>();

    Deployment(Path tmp) throws Exception {
      this.tmp = tmp;
      try (com.rabbitmq.client.Connection c = factory().newConnection()) {
        c.isOpen();
      } catch (Exception e) {
        requireOrSkip("ALLCLOSE_REQUIRE_RABBITMQ", "RabbitMQ", e);
      }
      try (java.sql.Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        requireOrSkip("ALLCLOSE_REQUIRE_POSTGRES", "PostgreSQL", e);
      }
    }

    String database() {
      return PostgresServerTest.POSTGRES + "&currentSchema=" + schema;
    }

    Workbench workbench(String home) {
      Workbench w = new Workbench(tmp.resolve(home), List.of(), warning -> {});
      w.usePostgres(database());
      closing.add(w::closeDatabase);
      return w;
    }

    RunQueue queue(String client) {
      RunQueue q = RunQueue.connect(BROKER, Map.of(RunQueue.NAME_VARIABLE, queueName), client);
      closing.add(q);
      return q;
    }

    ServerFixture server(RunQueue broker) {
      ServerFixture s = new ServerFixture(workbench("server-home"), 1, broker);
      closing.add(s);
      return s;
    }

    /** Starts a worker, on a home of its own, that takes one run at a time from the queue. */
    void startWorker() throws Exception {
      queue("worker").consume(1, new RunWorker(workbench("worker-home"), "test-worker"));
    }

    void close() throws Exception {
      for (AutoCloseable c : closing.reversed()) {
        c.close();
      }
      try (com.rabbitmq.client.Connection c = factory().newConnection();
          com.rabbitmq.client.Channel ch = c.createChannel()) {
        ch.queueDelete(queueName);
      }
      try (java.sql.Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Fails where {@code variable} is 1 (the CI's machines have {@code what}), or skips the test. */
  static void requireOrSkip(String variable, String what, Exception e) {
    if ("1".equals(System.getenv(variable))) {
      throw new AssertionError(what + " does not answer: " + e.getMessage(), e);
    }
    Assumptions.abort("no " + what + " answers here");
  }

  static ConnectionFactory factory() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(BROKER);
    return f;
  }

  @Test
  void aWorkerJudgesTheRunAndThePageFollowsItsProgress() throws Exception {
    ServerFixture server = deployment.server(deployment.queue("server"));
    deployment.startWorker();
    ServerFixture.Response started =
        server.post("/api/problems/1/runs", ServerFixture.runBody("python", ApiTest.MHA, "submit"));
    assertThat(started.status()).isEqualTo(202);
    JsonNode run = started.json();
    List<String> states = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (List.of("queued", "running").contains(run.get("state").asText())) {
      assertThat(System.nanoTime()).as("the run ends").isLessThan(deadline);
      states.add(run.get("state").asText() + " " + run.get("done_cases").asInt());
      run =
          server.get("/api/runs/" + run.get("id").asText() + "?after=" + run.get("version")).json();
    }
    assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
    assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
    assertThat(states).as("the views the page saw").anyMatch(s -> s.startsWith("running"));
    JsonNode mha = server.get("/api/progress").json().get("rows").get(0);
    assertThat(mha.get("status").asText()).isEqualTo("solved");
  }

  @Test
  void aRunDeliveredTwiceIsJudgedOnce() throws Exception {
    RunQueue broker = deployment.queue("server");
    ServerFixture server = deployment.server(broker);
    deployment.startWorker();
    JsonNode first = server.runToEnd("1", "python", ApiTest.MHA, "submit");
    assertThat(first.get("state").asText()).isEqualTo("done");
    String version = server.workbench.judging().packageVersion(server.workbench.problem("1"));
    // as after a worker died before acknowledging it, or a server's restart
    broker.publish(new RunMessage(first.get("id").asText(), null, "multi-head-attention", version));
    // one worker takes runs in order: once this one is judged, the repeat was handled
    JsonNode second = server.runToEnd("1", "python", ApiTest.MHA, "submit");
    assertThat(second.get("state").asText()).isEqualTo("done");

    JsonNode mha = server.get("/api/progress").json().get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as(mha.toString()).isEqualTo(2);
  }

  @Test
  void aWorkerWithAnotherVersionOfTheProblemFailsTheRunAndSaysWhy() throws Exception {
    RunQueue broker = deployment.queue("server");
    ServerFixture server = deployment.server(broker);
    deployment.startWorker();
    String id =
        server
            .workbench
            .judging()
            .accept(server.workbench.problem("1"), ApiTest.MHA, "solution.py", Mode.SUBMIT);
    broker.publish(new RunMessage(id, null, "multi-head-attention", "0123456789ab"));

    JsonNode run = server.waitFor(id);
    assertThat(run.get("state").asText()).isEqualTo("failed");
    assertThat(run.get("error").asText())
        .contains("another version of multi-head-attention")
        .contains("0123456789ab");
  }
}
