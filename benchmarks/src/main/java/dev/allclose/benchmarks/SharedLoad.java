package dev.allclose.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shared server under load, as a cohort uses it: {@code ./allclose serve --accounts --queue} on
 * PostgreSQL and RabbitMQ, with 1 and then 2 {@code ./allclose worker} processes. N simulated
 * candidates sign in through their invitation links, open a problem and submit an accepted
 * multi-head attention solution again and again over HTTP, each following its run to the verdict
 * with the page's long poll. Prints a Markdown table: verdicts per minute, and the 50th and 99th
 * percentiles from submit to verdict. Usage: {@code benchmarks/load [CANDIDATES] [SECONDS] [WARM-UP
 * SECONDS]}.
 *
 * <p>The timed window follows a warm-up under the same load (30 s unless told), untimed: a team's
 * server runs for days, and what it sustains then is the number that matters, not the first minute,
 * in which the JVMs' compilers are still at work on the hot paths (a quarter of the machine's
 * processor time in the first 40 s, measured with {@code perf}).
 */
public final class SharedLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
  private static final Pattern INVITE = Pattern.compile("/invite#([A-Za-z0-9_-]+)");
  private static final String PASSWORD = "a load test passphrase";

  private SharedLoad() {}

  /** One configuration's result. */
  record Row(int workers, int candidates, int verdicts, double perMinute, long p50, long p99) {}

  public static void main(String[] args) throws Exception {
    int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String launcher = System.getProperty("allclose.launcher");
    if (launcher == null || !Files.isExecutable(Path.of(launcher))) {
      throw new IllegalArgumentException("give the launcher with -Dallclose.launcher=PATH");
    }
    String database =
        System.getenv()
            .getOrDefault(
                "ALLCLOSE_BENCH_DATABASE", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String queue =
        System.getenv().getOrDefault("ALLCLOSE_BENCH_QUEUE", "amqp://guest:guest@127.0.0.1:5672");
    String source =
        Files.readString(Path.of(launcher).toAbsolutePath().resolveSibling(UserCosts.SOLUTION));
    List<Row> rows = new ArrayList<>();
    // $ALLCLOSE_BENCH_WORKERS picks the rows, for example "1" to try one change quickly
    for (String w : System.getenv().getOrDefault("ALLCLOSE_BENCH_WORKERS", "1,2").split(",")) {
      int workers = Integer.parseInt(w.strip());
      rows.add(run(launcher, database, queue, source, candidates, seconds, warmUp, workers));
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Shared server under load: %d candidates submitting for %d s each after a %d s warm-up,"
            + " %d cores.%n%n",
        candidates,
        seconds,
        warmUp,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| workers | candidates | verdicts | verdicts / min | p50 submit → verdict | p99 |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.0f | %d ms | %d ms |%n",
          r.workers(),
          r.candidates(),
          r.verdicts(),
          r.perMinute(),
          r.p50(),
          r.p99());
    }
  }

  private static Row run(
      String launcher,
      String database,
      String queue,
      String source,
      int candidates,
      int seconds,
      int warmUp,
      int workers)
      throws Exception {
    String schema = "load_" + UUID.randomUUID().toString().replace("-", "");
    String runQueue = "allclose.load." + schema;
    execute(database, "CREATE SCHEMA " + schema);
    String url = database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path home = Files.createTempDirectory("allclose-load-");
    List<Process> processes = new ArrayList<>();
    Map<String, String> env =
        Map.of(
            "ALLCLOSE_DATABASE",
            url,
            "ALLCLOSE_QUEUE",
            queue,
            "ALLCLOSE_RUN_QUEUE",
            "allclose.load." + schema,
            "ALLCLOSE_HOME",
            home.toString());
    try {
      String adminToken =
          invitationToken(
              output(env, launcher, "admin", "create-user", "lead@example.org", "--role", "admin"));
      Process server = start(env, launcher, "serve", "--accounts", "--port", "0");
      processes.add(server);
      String base = "http://127.0.0.1:" + awaitLine(server, SERVING).group(1);
      for (int i = 0; i < workers; i++) {
        processes.add(start(env, launcher, "worker", "--concurrency", "2"));
      }
      Client admin = new Client(base);
      admin.acceptInvitation(adminToken);
      List<Client> people = new ArrayList<>();
      for (int i = 0; i < candidates; i++) {
        JsonNode link =
            admin.send(
                "POST",
                "/api/admin/users",
                "{\"email\": \"candidate" + i + "@example.org\", \"role\": \"candidate\"}");
        Client c = new Client(base);
        c.acceptInvitation(link.get("link").asText().replaceFirst(".*#", ""));
        people.add(c);
      }
      // untimed: the workspaces are made, the workers' harnesses warm, the hot paths compiled
      runAll(people, source, Duration.ofSeconds(warmUp), new CopyOnWriteArrayList<>());
      List<Long> latencies = new CopyOnWriteArrayList<>();
      long started = System.nanoTime();
      runAll(people, source, Duration.ofSeconds(seconds), latencies);
      double minutes = (System.nanoTime() - started) / 60e9;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return new Row(
          workers,
          candidates,
          sorted.size(),
          sorted.size() / minutes,
          percentile(sorted, 0.50),
          percentile(sorted, 0.99));
    } finally {
      for (Process p : processes.reversed()) {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      dropWithWorkspaces(database, schema);
      deleteQueue(queue, runQueue);
    }
  }

  private static void deleteQueue(String broker, String name) throws Exception {
    com.rabbitmq.client.ConnectionFactory f = new com.rabbitmq.client.ConnectionFactory();
    f.setUri(broker);
    try (com.rabbitmq.client.Connection c = f.newConnection();
        com.rabbitmq.client.Channel ch = c.createChannel()) {
      ch.queueDelete(name);
    }
  }

  /**
   * Each candidate on its own thread submits, follows the run to its verdict, and submits again
   * until {@code length} has passed (at least once each).
   */
  private static void runAll(
      List<Client> people, String source, Duration length, List<Long> latencies)
      throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    AtomicInteger failures = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (Client c : people) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      c.send("GET", "/api/problems", null);
                      c.send("GET", "/api/problems/1", null);
                      do {
                        long t0 = System.nanoTime();
                        String verdict = c.submit(source);
                        if (!verdict.equals("accepted")) {
                          throw new IllegalStateException("the accepted solution got " + verdict);
                        }
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                      } while (System.nanoTime() < end);
                    } catch (Exception e) {
                      failures.incrementAndGet();
                      System.err.println("a candidate stopped: " + e.getMessage());
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " candidates failed; see above");
    }
  }

  static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  /** A browser of one account: its cookies and the CSRF token its changes carry. */
  private static final class Client {
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private String cookies = "";
    private String csrf = "";

    Client(String base) {
      this.base = base;
    }

    void acceptInvitation(String token) throws IOException, InterruptedException {
      send(
          "POST",
          "/api/invitations",
          JSON.writeValueAsString(Map.of("token", token, "password", PASSWORD)));
    }

    String submit(String source) throws IOException, InterruptedException {
      JsonNode view =
          send(
              "POST",
              "/api/problems/1/runs",
              JSON.writeValueAsString(
                  Map.of("language", "python", "source", source, "mode", "submit")));
      while (List.of("queued", "running").contains(view.path("state").asText())) {
        view =
            send(
                "GET",
                "/api/runs/" + view.path("id").asText() + "?after=" + view.path("version"),
                null);
      }
      if (!view.path("state").asText().equals("done")) {
        throw new IOException("the run failed: " + view.path("error").asText());
      }
      String verdict = view.path("report").path("verdict").asText();
      if (!verdict.equals("accepted")) {
        throw new IOException(
            "the accepted solution got " + verdict + ": " + view.path("report").toString());
      }
      return verdict;
    }

    JsonNode send(String method, String path, @Nullable String body)
        throws IOException, InterruptedException {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
      if (!cookies.isEmpty()) {
        r.header("Cookie", cookies);
      }
      if (!method.equals("GET")) {
        r.header("Origin", base).header("Content-Type", "application/json");
        if (!csrf.isEmpty()) {
          r.header("X-CSRF-Token", csrf);
        }
      }
      r.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IOException(
            method + " " + path + ": " + response.statusCode() + " " + response.body());
      }
      List<String> jar = new ArrayList<>();
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        jar.add(pair);
        if (pair.startsWith("allclose_csrf=")) {
          csrf = pair.substring("allclose_csrf=".length());
        }
      }
      if (!jar.isEmpty()) {
        cookies = String.join("; ", jar);
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
  }

  private static String invitationToken(String output) {
    Matcher m = INVITE.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("admin create-user printed no link: " + output);
    }
    return m.group(1);
  }

  private static Process start(Map<String, String> env, String launcher, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(launcher);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    return pb.start();
  }

  private static String output(Map<String, String> env, String launcher, String... args)
      throws IOException, InterruptedException {
    Process p = start(env, launcher, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  /** Reads the process's output until a line matches, then keeps draining it in the background. */
  private static Matcher awaitLine(Process p, Pattern pattern) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // discarded, so the process never blocks on a full pipe
                    }
                  } catch (IOException e) {
                    // it stopped
                  }
                });
        return m;
      }
    }
    throw new IOException("the process exited before printing " + pattern);
  }

  private static void execute(String database, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(database);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Drops the run's schema and the workspaces its accounts made. */
  private static void dropWithWorkspaces(String database, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(database);
        Statement s = c.createStatement()) {
      List<String> workspaces = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT workspace FROM " + schema + ".users")) {
        while (rs.next()) {
          workspaces.add(rs.getString(1));
        }
      } catch (SQLException noAccounts) {
        // the run stopped before the accounts were made
      }
      for (String w : workspaces) {
        s.execute("DROP SCHEMA IF EXISTS " + w + " CASCADE");
      }
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
