package dev.allclose.benchmarks;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./allclose serve} started as a user starts it, and driven as its editor page drives it:
 * with the launch's secret (as a script sends it) and the long poll the page uses.
 */
final class ServedProcess implements AutoCloseable {
  private static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\S*token=(\\S+)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final String base;
  private final String secret;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServedProcess(Process process, String base, String secret) {
    this.process = process;
    this.base = base;
    this.secret = secret;
  }

  static ServedProcess start(String launcher, Path home) throws IOException {
    Process p =
        new ProcessBuilder(launcher, "--home", home.toString(), "serve", "--port", "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = LINK.matcher(line);
      if (m.find()) {
        // keep draining its output, so that the server never blocks on a full pipe
        Thread.ofPlatform().daemon().start(() -> drain(out));
        return new ServedProcess(p, "http://127.0.0.1:" + m.group(1), m.group(2));
      }
    }
    throw new IOException("allclose serve exited without printing its link");
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // discarded
      }
    } catch (IOException e) {
      // the server stopped
    }
  }

  long pid() {
    return process.pid();
  }

  /** Submits a solution and follows the run to its end; returns the verdict. */
  String submit(String problem, String source) throws IOException, InterruptedException {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of("language", "python", "source", source, "mode", "submit"));
    var view =
        JSON.readTree(
            send(
                request("/api/problems/" + problem + "/runs")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
    while (List.of("queued", "running").contains(view.path("state").asText())) {
      String path = "/api/runs/" + view.path("id").asText() + "?after=" + view.path("version");
      view = JSON.readTree(send(request(path).GET()));
    }
    if (!view.path("state").asText().equals("done")) {
      throw new IOException("the run failed: " + view.path("error").asText());
    }
    return view.path("report").path("verdict").asText();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Token " + secret);
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IOException(r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** Stops the server as Ctrl+C does (its shutdown hook runs), forcibly after ten seconds. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
