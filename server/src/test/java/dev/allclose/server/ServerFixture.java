package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.server.guard.LaunchSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A real server on a random port over a fresh home folder, and an HTTP client for it that talks
 * like the pages do: signed in through the server's link (the cookie it sets goes with every
 * request), changes sent with the server's {@code Origin} and as JSON. Every error body the server
 * answers is kept, for the check that none names the server's internals.
 */
final class ServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "test-secret-of-this-launch-0123456789";
  final AllcloseServer server;
  final Workbench workbench;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final String cookie;
  private final List<String> errorBodies = new CopyOnWriteArrayList<>();

  /** A response: status and parsed JSON (null for an empty body). */
  record Response(int status, JsonNode json, String body, HttpHeaders headers) {}

  ServerFixture(Path home, int workers) {
    this(home, workers, List.of());
  }

  /** A server that also serves the user's problem packages in {@code problemDirs}. */
  ServerFixture(Path home, int workers, List<Path> problemDirs) {
    this(new Workbench(home, problemDirs, warning -> {}), workers);
  }

  /** A server on a workbench set up by the test (another database, say). */
  ServerFixture(Workbench workbench, int workers) {
    this(workbench, workers, null);
  }

  /** A server that hands its runs to workers through {@code broker}. */
  ServerFixture(Workbench workbench, int workers, @Nullable RunQueue broker) {
    this.workbench = workbench;
    this.server =
        new AllcloseServer(workbench, workers, 50, LaunchSecret.of(SECRET), broker).start(0);
    this.cookie = signIn();
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Opens the printed link and keeps the cookie it sets, {@code name=value}. */
  private String signIn() {
    Response r = send(HttpRequest.newBuilder(server.signInLink()).GET());
    String setCookie = r.headers().firstValue("Set-Cookie").orElse("");
    if (r.status() != 302 || setCookie.isEmpty()) {
      throw new AssertionError("signing in answered " + r.status() + " " + setCookie);
    }
    return setCookie.split(";", 2)[0];
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, String body) {
    return send(change(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response put(String path, String body) {
    return send(change(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A request to {@code path} with the cookie, as the pages' fetches send it. */
  HttpRequest.Builder request(String path) {
    return anonymous(path).header("Cookie", cookie);
  }

  /** A request without the launch secret, as another page or a script that lacks it sends. */
  HttpRequest.Builder anonymous(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path));
  }

  /** A change as the pages send it: the cookie, this server's Origin, a JSON content type. */
  HttpRequest.Builder change(String path) {
    return request(path).header("Origin", base()).header("Content-Type", "application/json");
  }

  /** Every 4xx and 5xx body answered to this fixture's requests, and to {@link #raw}. */
  List<String> errorBodies() {
    return List.copyOf(errorBodies);
  }

  /** A request written by hand ({@link RawHttp}), its error body kept like the others. */
  RawHttp.Response raw(String head, byte[] body, int chunkSize) {
    RawHttp.Response r = RawHttp.send(server.port(), head, body, chunkSize);
    if (r.status() >= 400) {
      errorBodies.add(r.body());
    }
    return r;
  }

  /** Fails if an error body named a Java package, an exception class or a stack frame. */
  private void assertNoErrorNamesInternals() {
    assertThat(errorBodies())
        .isNotEmpty()
        .allSatisfy(body -> assertThat(body).doesNotContainPattern(INTERNALS));
  }

  static final Pattern INTERNALS =
      Pattern.compile(
          "dev\\.allclose|java\\.|javax\\.|jakarta\\.|org\\.eclipse|com\\.fasterxml|io\\.javalin"
              + "|kotlin\\.|[A-Z]\\w*(Exception|Error)\\b|\\bat [\\w$.]+\\(");

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 400) {
        errorBodies.add(r.body());
      }
      JsonNode json =
          r.body().isBlank() || !r.headers().firstValue("Content-Type").orElse("").contains("json")
              ? null
              : JSON.readTree(r.body());
      return new Response(r.statusCode(), json, r.body(), r.headers());
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

  /**
   * Checks that no error body named internals (the test class sent some on purpose), then closes.
   */
  void closeAfterCheckingErrors() {
    try {
      assertNoErrorNamesInternals();
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
