package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.testkit.PackageFolders;
import dev.allclose.problems.BuiltInProblems;
import dev.allclose.server.ServerFixture.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error is one line of JSON in the user's words, whoever answers it (a handler, the request
 * checks, Jetty itself), and none names the server's classes: an internal failure says where its
 * details went, and the stack trace is there.
 */
class ErrorsTest {
  @TempDir static Path tmp;
  static ServerFixture server;

  @BeforeAll
  static void start() throws IOException {
    brokenStarterPackage();
    explodingCheckerPackage();
    server = new ServerFixture(tmp.resolve("home"), 1, List.of(tmp.resolve("packages")));
  }

  @AfterAll
  static void stop() {
    server.closeAfterCheckingErrors();
  }

  /** A copy of top-k whose Python starter is not UTF-8, which the server cannot read. */
  private static void brokenStarterPackage() throws IOException {
    Path to = copyOfTopK("broken-starter", 9001, "");
    Files.write(to.resolve("starter").resolve("solution.py"), new byte[] {(byte) 0xff, 'x'});
  }

  /**
   * A copy of top-k whose checker fails to initialise: an Error, not an Exception, while judging.
   */
  private static void explodingCheckerPackage() throws IOException {
    copyOfTopK(
        "exploding-checker", 9002, "checker: java:" + ExplodingChecker.class.getName() + "\n");
  }

  private static Path copyOfTopK(String slug, int number, String extraYaml) {
    ProblemPackage topK =
        ProblemCatalog.load(List.of(new BuiltInProblems())).find("top-k").orElseThrow();
    return PackageFolders.copyAs(topK, tmp.resolve("packages"), slug, number, extraYaml);
  }

  @Test
  void anErrorWhileJudgingFailsTheRunInsteadOfLeavingItRunning() throws Exception {
    var job =
        server.runToEnd(
            "exploding-checker", "python", "def top_k(x, k):\n    return list(range(k))\n", "test");
    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("error").asText()).startsWith("internal error while judging");
    assertThat(Files.readString(tmp.resolve("home").resolve("logs").resolve("errors.log")))
        .contains("ExceptionInInitializerError");
  }

  @Test
  void anInternalFailureSaysWhereItsDetailsAreAndTheLogHasTheStackTrace() throws IOException {
    Response r = server.get("/api/problems/broken-starter");
    Path log = tmp.resolve("home").resolve("logs").resolve("errors.log");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("error").asText())
        .isEqualTo("internal error; the details are in " + log);
    assertThat(Files.readString(log)).contains("MalformedInputException").contains("\tat ");
  }

  @Test
  void requestsJettyRefusesItselfAreAnsweredInJsonToo() {
    int port = server.server.port();
    RawHttp.Response noHost = server.raw("GET /api/problems HTTP/1.1", new byte[0], 0);
    RawHttp.Response twoHosts =
        server.raw(
            "GET /api/problems HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: other.example",
            new byte[0],
            0);
    for (RawHttp.Response r : List.of(noHost, twoHosts)) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.headers().get("content-type")).startsWith("application/json");
    }
    assertThat(noHost.body()).isEqualTo("{\"error\":\"the request is malformed (No Host)\"}");
  }

  @Test
  void unknownPathsAndMethodsAreOneLineOfJson() {
    assertThat(server.get("/nowhere").json().get("error").asText())
        .isEqualTo("Endpoint GET /nowhere not found");
    Response delete = server.send(server.change("/api/problems").DELETE());
    assertThat(delete.status()).isEqualTo(404);
    assertThat(delete.json().get("error").asText()).contains("no endpoint DELETE /api/problems");
  }
}
