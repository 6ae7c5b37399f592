package dev.allclose.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.app.Workbench;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A real server on a random port over a fresh home folder, and an HTTP client for it. */
final class ServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  final AllcloseServer server;
  final Workbench workbench;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A response: status and parsed JSON (null for an empty body). */
  record Response(int status, JsonNode json, String body) {}

  ServerFixture(Path home, int workers) {
    this.workbench = new Workbench(home, List.of(), warning -> {});
    this.server = new AllcloseServer(workbench, Clock.systemUTC(), workers, 50).start(0);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  Response post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json"));
  }

  Response put(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json"));
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json =
          r.body().isBlank() || !r.headers().firstValue("Content-Type").orElse("").contains("json")
              ? null
              : JSON.readTree(r.body());
      return new Response(r.statusCode(), json, r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Submits a run and polls it to the end. */
  JsonNode runToEnd(String problem, String language, String source, String mode)
      throws InterruptedException {
    Response started = post("/api/problems/" + problem + "/runs", runBody(language, source, mode));
    if (started.status() != 202) {
      throw new AssertionError(started.body());
    }
    return waitFor(started.json().get("id").asText());
  }

  JsonNode waitFor(String runId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode job = get("/api/runs/" + runId).json();
      String state = job.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not finish");
  }

  static String runBody(String language, String source, String mode) {
    try {
      return JSON.writeValueAsString(
          java.util.Map.of("language", language, "source", source, "mode", mode));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
