package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.app.Workbench;
import dev.allclose.server.AllcloseServer;
import dev.allclose.server.guard.LaunchSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the web app over one home folder answer the product's questions the same
 * way, because both ask the application layer: may I see the editorial now, what is this problem's
 * status, may a second interview start.
 */
class OneRuleBothFrontEndsTest {
  private static final String SECRET = "secret-of-this-test-launch-0123456789";
  @TempDir Path tmp;
  private CliHarness cli;
  private AllcloseServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    cli = new CliHarness(tmp, "2026-11-02T09:00:00Z", "UTC");
    server =
        new AllcloseServer(
                new Workbench(tmp.resolve("home"), List.of(), w -> {}, cli.clock),
                1,
                10,
                LaunchSecret.of(SECRET))
            .start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> web(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Authorization", "Token " + SECRET)
            .header("Content-Type", "application/json")
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private boolean cliShowsTheEditorial() {
    return cli.run("show", "rope", "--editorial").exit() == 0;
  }

  private boolean webShowsTheEditorial() throws Exception {
    return web("GET", "/api/problems/rope/editorial", "").statusCode() == 200;
  }

  @Test
  void theEditorialOfAnUnsolvedProblemIsClosedInBothAndGivingUpInOneOpensItInBoth()
      throws Exception {
    CliHarness.Run refused = cli.run("show", "rope", "--editorial");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("give up").hasLineCount(1);
    assertThat(refused.out()).isEmpty();
    assertThat(webShowsTheEditorial()).isFalse();

    assertThat(web("POST", "/api/problems/rope/give-up", "").statusCode()).isEqualTo(200);

    assertThat(cliShowsTheEditorial()).isTrue();
    assertThat(webShowsTheEditorial()).isTrue();
  }

  @Test
  void anInterviewOnTheWebClosesTheEditorialAndHintsAtTheCommandLineToo() throws Exception {
    assertThat(cli.run("give-up", "rope").out()).contains("Gave up on #");
    assertThat(
            web("POST", "/api/interviews", "{\"problem\": \"rope\", \"language\": \"python\"}")
                .statusCode())
        .isEqualTo(201);

    assertThat(cliShowsTheEditorial()).isFalse();
    assertThat(webShowsTheEditorial()).isFalse();
    assertThat(cli.run("show", "rope", "--hints", "1").err()).contains("interview");
  }

  @Test
  void aSecondInterviewIsRefusedWhileOneRuns() throws Exception {
    assertThat(web("POST", "/api/interviews", "{\"problem\": \"rope\"}").statusCode())
        .isEqualTo(201);
    HttpResponse<String> second = web("POST", "/api/interviews", "{\"problem\": \"lora\"}");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("already running");
  }

  @Test
  void listAndProgressWithJsonPrintWhatTheApiAnswers() throws Exception {
    cli.run("note", "rope", "pairs", "of", "dimensions");
    cli.run("give-up", "lora");
    ObjectMapper json = new ObjectMapper();

    assertThat(json.readTree(cli.run("list", "--json").out()))
        .isEqualTo(json.readTree(web("GET", "/api/problems", "").body()));
    JsonNode progress = json.readTree(cli.run("progress", "--json").out());
    assertThat(progress).isEqualTo(json.readTree(web("GET", "/api/progress", "").body()));
    assertThat(progress.at("/rows/0/status").asText()).isIn("todo", "attempted", "solved");
  }

  @Test
  void openingANotedProblemInEitherLeavesItTodoInBoth() throws Exception {
    assertThat(web("POST", "/api/problems/rope/open", "").statusCode()).isEqualTo(204);
    assertThat(cli.run("note", "rope", "pairs", "of", "dimensions").exit()).isZero();
    cli.run("start", "rope", "--dir", tmp.toString());

    assertThat(cli.run("list", "--status", "todo").out()).contains("RoPE");
    assertThat(cli.run("list", "--status", "attempted").out()).doesNotContain("RoPE");
    assertThat(web("GET", "/api/problems/rope", "").body()).contains("\"status\":\"todo\"");
  }
}
