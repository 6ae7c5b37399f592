package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.ConnectionFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
  private static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\S*token=(\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private String schema;
  private String queueName;
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

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
    processes.forEach(Process::destroyForcibly);
    for (Process p : processes) {
      p.waitFor(10, TimeUnit.SECONDS);
    }
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

  /** The product as a separate JVM, with the shared server's settings in its environment. */
  private Process start(String home, Map<String, String> extra, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--home",
                tmp.resolve(home).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = new HashMap<>(pb.environment());
    env.put("ALLCLOSE_DATABASE", POSTGRES + "&currentSchema=" + schema);
    env.put("ALLCLOSE_QUEUE", BROKER);
    env.put("ALLCLOSE_RUN_QUEUE", queueName);
    env.putAll(extra);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /** Reads the process's output until a line matches; fails with what it printed if it ends. */
  private static Matcher await(Process p, Pattern line) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String l;
    while ((l = out.readLine()) != null) {
      seen.append(l).append('\n');
      Matcher m = line.matcher(l);
      if (m.find()) {
        Thread.ofPlatform().daemon().start(() -> out.lines().forEach(x -> {}));
        return m;
      }
    }
    throw new AssertionError("the process ended first:\n" + seen);
  }

  private Process worker() throws IOException {
    Process w = start("worker-" + processes.size(), Map.of(), "worker", "--concurrency", "1");
    await(w, Pattern.compile("^Worker \\S+ judges runs"));
    return w;
  }

  private JsonNode send(String base, String secret, String method, String path, String body)
      throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Token " + secret)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return JSON.readTree(response.body());
  }

  @Test
  void aRunWhoseWorkerIsKilledIsJudgedOnceByTheNext() throws Exception {
    Process server = start("server", Map.of(), "serve", "--port", "0");
    Matcher link = await(server, LINK);
    String base = "http://127.0.0.1:" + link.group(1);
    String secret = link.group(2);
    Process first = worker();

    String body =
        JSON.writeValueAsString(
            Map.of("language", "python", "source", ServerCrashTest.SLOW_MHA, "mode", "submit"));
    String id = send(base, secret, "POST", "/api/problems/1/runs", body).get("id").asText();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (send(base, secret, "GET", "/api/runs/" + id, null).get("done_cases").asInt() < 2) {
      assertThat(System.nanoTime()).as("the first worker's progress").isLessThan(deadline);
      Thread.sleep(100);
    }
    first.destroyForcibly(); // SIGKILL, mid-run: the broker gets no acknowledgement
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    worker();

    JsonNode run = send(base, secret, "GET", "/api/runs/" + id, null);
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (List.of("queued", "running").contains(run.get("state").asText())) {
      assertThat(System.nanoTime()).as("the run ends").isLessThan(deadline);
      run = send(base, secret, "GET", "/api/runs/" + id + "?after=" + run.get("version"), null);
    }
    assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
    assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
    JsonNode mha = send(base, secret, "GET", "/api/progress", null).get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as(mha.toString()).isEqualTo(1);
  }

  @Test
  void aWorkerRefusesToStartWithoutTheSandbox() throws Exception {
    Process w = start("worker", Map.of("ALLCLOSE_SANDBOX", "off"), "worker");
    assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(w.exitValue()).as(out).isEqualTo(2);
    assertThat(out).contains("needs the sandbox").doesNotContain("Exception");
    assertThat(Files.exists(tmp.resolve("worker").resolve("allclose.db"))).isFalse();
  }
}
