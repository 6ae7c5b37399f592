package dev.allclose.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.server.BrokeredRunsTest.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared server's judging across a restart of the RabbitMQ broker, which {@code rabbitmqctl}
 * stops and starts again (its application only: the node, durable queues and persistent messages
 * stay). Every run answered with 202 gets its verdict after the restart; a run submitted while the
 * broker is down is refused with a 503 and stored as failed; the server's and the worker's
 * connections recover by themselves. The broker is started again after each test, whatever happened
 * in it. Skipped where {@code rabbitmqctl} cannot control the broker here, unless {@code
 * ALLCLOSE_REQUIRE_RABBITMQ=1}; {@link BrokeredRunsTest.Deployment} sets up the rest.
 */
class BrokerRestartTest {
  private static final Duration BROKER_START = Duration.ofSeconds(30);

  /**
   * How long the server may take to publish again once the broker is back: amqp-client tries to
   * recover a connection every 5 s (its {@code networkRecoveryInterval}), and refuses runs until
   * then.
   */
  private static final Duration RECOVERY = Duration.ofSeconds(20);

  @TempDir Path tmp;
  Deployment deployment;

  @BeforeEach
  void prepare() throws Exception {
    try {
      rabbitmqctl("status");
    } catch (IOException e) {
      BrokeredRunsTest.requireOrSkip("ALLCLOSE_REQUIRE_RABBITMQ", "rabbitmqctl", e);
    }
    deployment = new Deployment(tmp);
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (deployment == null) { // prepare skipped the test
      return;
    }
    try {
      startBroker(); // never leave RabbitMQ stopped
    } finally {
      deployment.close();
    }
  }

  @Test
  void queuedRunsSurviveABrokerRestart() throws Exception {
    ServerFixture server = deployment.server(deployment.queue("server"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ServerFixture.Response started = submit(server);
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      ids.add(started.json().get("id").asText());
    }

    rabbitmqctl("stop_app");
    startBroker();
    assertThat(messagesWaiting()).as("the runs' messages, kept by the broker").isEqualTo(2);
    deployment.startWorker();

    for (String id : ids) {
      assertAccepted(server.waitFor(id));
    }
    JsonNode mha = server.get("/api/progress").json().get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as("each run recorded once: " + mha).isEqualTo(2);
  }

  @Test
  void aBrokerThatIsDownGetsAClear503AndLosesNothing() throws Exception {
    ServerFixture server = deployment.server(deployment.queue("server"));
    deployment.startWorker();
    assertAccepted(server.runToEnd("1", "python", ApiTest.MHA, "submit"));

    rabbitmqctl("stop_app");
    assertRefusedForTheQueue(submit(server));
    assertThat(storedRuns()).extracting(StoredRun::state).containsExactly("done", "failed");

    startBroker();
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    ServerFixture.Response started = submit(server);
    while (started.status() != 202) { // as a user told to try again in a moment
      assertRefusedForTheQueue(started);
      assertThat(System.nanoTime()).as("the server publishes again").isLessThan(deadline);
      Thread.sleep(500);
      started = submit(server);
    }
    assertAccepted(server.waitFor(started.json().get("id").asText()));

    List<StoredRun> stored = storedRuns();
    assertThat(stored).extracting(StoredRun::state).containsOnly("done", "failed");
    assertThat(stored).filteredOn(r -> r.state().equals("done")).hasSize(2);
    assertThat(stored)
        .filteredOn(r -> r.state().equals("failed"))
        .allSatisfy(r -> assertThat(r.error()).contains("judging queue"));
  }

  private static ServerFixture.Response submit(ServerFixture server) {
    return server.post(
        "/api/problems/1/runs", ServerFixture.runBody("python", ApiTest.MHA, "submit"));
  }

  private static void assertAccepted(JsonNode run) {
    assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
    assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
  }

  /** A 503 whose one-line message says the judging queue did not take the run. */
  private static void assertRefusedForTheQueue(ServerFixture.Response refused) {
    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    assertThat(refused.json().get("error").asText()).contains("judging queue").doesNotContain("\n");
    assertThat(refused.body()).doesNotContainPattern(ServerFixture.INTERNALS);
  }

  private long messagesWaiting() throws Exception {
    try (com.rabbitmq.client.Connection c = BrokeredRunsTest.factory().newConnection();
        com.rabbitmq.client.Channel ch = c.createChannel()) {
      return ch.queueDeclarePassive(deployment.queueName).getMessageCount();
    }
  }

  /** A run as the server stored it. */
  record StoredRun(String state, String error) {}

  /** The runs the server stored, oldest first. */
  private List<StoredRun> storedRuns() throws Exception {
    List<StoredRun> runs = new ArrayList<>();
    try (java.sql.Connection c = DriverManager.getConnection(deployment.database());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT state, error FROM runs ORDER BY created_at")) {
      while (r.next()) {
        runs.add(new StoredRun(r.getString("state"), r.getString("error")));
      }
    }
    return runs;
  }

  /** Starts the broker's application (nothing happens if it runs) and waits until it answers. */
  private static void startBroker() throws IOException, InterruptedException {
    rabbitmqctl("start_app");
    long deadline = System.nanoTime() + BROKER_START.toNanos();
    while (!brokerAnswers()) {
      assertThat(System.nanoTime()).as("RabbitMQ answers after start_app").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static boolean brokerAnswers() {
    try (com.rabbitmq.client.Connection c = BrokeredRunsTest.factory().newConnection()) {
      return c.isOpen();
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * Runs {@code rabbitmqctl} with {@code args}.
   *
   * @throws IOException when it is not installed, or did not succeed (not allowed to, say)
   */
  private static void rabbitmqctl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("rabbitmqctl", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!p.waitFor(BROKER_START.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not end");
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command) + " failed: " + Files.readString(output, UTF_8).strip());
      }
    } finally {
      Files.delete(output);
    }
  }
}
