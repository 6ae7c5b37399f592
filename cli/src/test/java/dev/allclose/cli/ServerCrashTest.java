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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose serve} killed with SIGKILL while it judges: every run it had answered with 202
 * gets its verdict from the server started again on the same home, and is recorded once.
 */
class ServerCrashTest {
  private static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\S*token=(\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Accepted, and slow enough (11 cases of 0.3 s) to be caught mid-run. */
  static final String SLOW_MHA =
      """
      import time
      import numpy as np

      def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):
          time.sleep(0.3)
          B, T, D = X.shape
          d_k = D // n_heads
          split = lambda M: M.reshape(B, T, n_heads, d_k).transpose(0, 2, 1, 3)
          Q, K, V = split(X @ W_Q), split(X @ W_K), split(X @ W_V)
          s = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_k)
          if causal:
              s = np.where(np.triu(np.ones((T, T), bool), 1), -np.inf, s)
          w = np.exp(s - s.max(-1, keepdims=True))
          w /= w.sum(-1, keepdims=True)
          return (w @ V).transpose(0, 2, 1, 3).reshape(B, T, D) @ W_O
      """;

  @TempDir Path tmp;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Process> servers = new ArrayList<>();

  /** A server on {@code home}, as a separate JVM: its address and secret once it printed them. */
  private record Served(Process process, String base, String secret) {}

  private Served serve(Path home) throws IOException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--home",
                home.toString(),
                "serve",
                "--port",
                "0",
                "--workers",
                "1")
            .redirectErrorStream(true)
            .start();
    servers.add(p);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = LINK.matcher(line);
      if (m.find()) {
        Thread.ofPlatform().daemon().start(() -> out.lines().forEach(l -> {}));
        return new Served(p, "http://127.0.0.1:" + m.group(1), m.group(2));
      }
    }
    throw new AssertionError("the server printed no link:\n" + seen);
  }

  @AfterEach
  void stopServers() {
    servers.forEach(Process::destroyForcibly);
  }

  private JsonNode send(Served s, String method, String path, String body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(s.base() + path))
            .header("Authorization", "Token " + s.secret())
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return JSON.readTree(response.body());
  }

  @Test
  void runsAcceptedBeforeAKillAreJudgedOnceByTheNextServer() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Served first = serve(home);
    String body =
        JSON.writeValueAsString(Map.of("language", "python", "source", SLOW_MHA, "mode", "submit"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(send(first, "POST", "/api/problems/1/runs", body).get("id").asText());
    }
    // killed while judging the first run, with the other two waiting
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (send(first, "GET", "/api/runs/" + ids.get(0), null).get("done_cases").asInt() < 2) {
      assertThat(System.nanoTime()).as("the first run's progress").isLessThan(deadline);
      Thread.sleep(100);
    }
    first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    Served second = serve(home);
    for (String id : ids) {
      JsonNode run = send(second, "GET", "/api/runs/" + id, null);
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (List.of("queued", "running").contains(run.get("state").asText())) {
        assertThat(System.nanoTime()).as("run " + id + " ends").isLessThan(deadline);
        run = send(second, "GET", "/api/runs/" + id + "?after=" + run.get("version"), null);
      }
      assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
      assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
    }
    JsonNode mha = send(second, "GET", "/api/progress", null).get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as(mha.toString()).isEqualTo(3);
  }
}
