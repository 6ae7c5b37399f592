package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The product started as an operator starts it, each command in a JVM of its own, so that a test
 * can kill one with SIGKILL; a server is then spoken to over HTTP with its launch's secret. Every
 * process started is killed at {@link #close}.
 */
final class ProductProcesses implements AutoCloseable {
  private static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\S*token=(\\S+)");
  static final ObjectMapper JSON = new ObjectMapper();

  private final List<Process> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** A running {@code allclose serve}: its process, address and secret. */
  record Served(Process process, String base, String secret) {}

  /**
   * Starts {@code allclose --home HOME ARGS...} with {@code variables} added to its environment.
   */
  Process start(Path home, Map<String, String> variables, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--home",
                home.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(variables);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** Starts {@code allclose serve --port 0 ARGS...} and waits for the link it prints. */
  Served serve(Path home, Map<String, String> variables, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
    all.addAll(List.of(args));
    Process p = start(home, variables, all.toArray(String[]::new));
    Matcher link = await(p, LINK);
    return new Served(p, "http://127.0.0.1:" + link.group(1), link.group(2));
  }

  /**
   * Reads the process's output until a line matches, then keeps draining it in the background;
   * fails with what it printed if the process ends first.
   */
  static Matcher await(Process p, Pattern line) throws IOException {
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

  /** Sends a request with the server's secret; asserts a success and returns the JSON answer. */
  JsonNode send(Served s, String method, String path, @Nullable String body) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(s.base() + path))
            .header("Authorization", "Token " + s.secret())
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

  /** Posts a submission of {@code source} to problem {@code problem}; returns the run's id. */
  String submit(Served s, String problem, String source) throws Exception {
    String body =
        JSON.writeValueAsString(Map.of("language", "python", "source", source, "mode", "submit"));
    return send(s, "POST", "/api/problems/" + problem + "/runs", body).get("id").asText();
  }

  /** Waits, polling as the editor does, until the run has judged at least {@code cases} cases. */
  void awaitCases(Served s, String runId, int cases) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (send(s, "GET", "/api/runs/" + runId, null).get("done_cases").asInt() < cases) {
      assertThat(System.nanoTime())
          .as("run " + runId + " reaches case " + cases)
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** Follows the run with the editor's long poll until it ends; returns its last view. */
  JsonNode awaitEnd(Served s, String runId, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    JsonNode run = send(s, "GET", "/api/runs/" + runId, null);
    while (List.of("queued", "running").contains(run.get("state").asText())) {
      assertThat(System.nanoTime()).as("run " + runId + " ends").isLessThan(deadline);
      run = send(s, "GET", "/api/runs/" + runId + "?after=" + run.get("version"), null);
    }
    return run;
  }

  @Override
  public void close() {
    started.forEach(Process::destroyForcibly);
    for (Process p : started) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
