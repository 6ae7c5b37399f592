package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.server.ServerFixture.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP: a server on a random port, the real judge and a real database. */
class ApiTest {
  @TempDir static Path home;
  static ServerFixture server;

  static final String TOP_K =
      """
      import heapq

      def top_k(x, k):
          heap = []
          for i, v in enumerate(x):
              item = (v, -i)
              if len(heap) < k:
                  heapq.heappush(heap, item)
              elif item > heap[0]:
                  heapq.heappushpop(heap, item)
          out = []
          while heap:
              v, neg = heapq.heappop(heap)
              out.append(-neg)
          return out[::-1]
      """;

  static final String MHA =
      """
      import numpy as np

      def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):
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

  @BeforeAll
  static void start() {
    server = new ServerFixture(home, 2);
  }

  @AfterAll
  static void stop() {
    server.closeAfterCheckingErrors();
  }

  @Test
  void theCatalogListsEveryProblemWithItsStatus() {
    Response r = server.get("/api/problems");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().size()).isGreaterThanOrEqualTo(14);
    JsonNode first = r.json().get(0);
    assertThat(first.get("slug").asText()).isEqualTo("multi-head-attention");
    assertThat(first.get("section_title").asText()).isEqualTo("Paper implementation");
    for (String key :
        new String[] {
          "number", "title", "difficulty", "minutes", "concepts", "companies", "status"
        }) {
      assertThat(first.has(key)).as(key).isTrue();
    }
  }

  @Test
  void aProblemComesWithItsRenderedStatementAndStarters() {
    JsonNode d = server.get("/api/problems/1").json();
    assertThat(d.get("statement_html").asText())
        .contains("<span class=\"math\" data-display=\"true\">")
        .contains("\\sqrt{d_k}");
    assertThat(d.get("starters").get("python").asText()).contains("def multi_head_attention");
    assertThat(d.get("starter_files").get("java").asText()).isEqualTo("Solution.java");
    assertThat(d.get("hints_total").asInt()).isEqualTo(3);
    assertThat(d.get("entry_points").get(0).get("python").asText())
        .startsWith("def multi_head_attention(");
    assertThat(server.get("/api/problems/multi-head-attention").status()).isEqualTo(200);
  }

  @Test
  void badRequestsGetAJsonErrorAndNoStackTrace() {
    Response unknown = server.get("/api/problems/99");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isEqualTo("no problem '99'");

    Response route = server.get("/api/nowhere");
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.json().get("error").asText()).contains("no endpoint GET /api/nowhere");

    Response malformed = server.post("/api/problems/1/runs", "{not json");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).startsWith("the request body is not");

    Response noSource = server.post("/api/problems/1/runs", "{\"language\": \"python\"}");
    assertThat(noSource.status()).isEqualTo(400);
    assertThat(noSource.json().get("error").asText()).contains("source");

    Response language =
        server.post("/api/problems/1/runs", ServerFixture.runBody("cobol", "x", "test"));
    assertThat(language.status()).isEqualTo(400);
    assertThat(language.json().get("error").asText())
        .contains("language must be one of [python, java]");

    Response mode =
        server.post("/api/problems/1/runs", ServerFixture.runBody("python", "x", "later"));
    assertThat(mode.status()).isEqualTo(400);

    assertThat(server.get("/api/runs/no-such-run").status()).isEqualTo(404);
    for (Response r : List.of(unknown, route, malformed, noSource, language, mode)) {
      assertThat(r.body()).doesNotContain("at dev.allclose").doesNotContain("Exception");
    }
  }

  @Test
  void aBodyThatDoesNotFitSaysWhereAndWhatWasExpectedWithoutJavaNames() {
    String expected = "; expected {\"source\": \"...\"}";
    assertThat(error(server.put("/api/problems/rope/draft/python", "{\"source\": {\"a\": 1}}")))
        .isEqualTo("field \"source\" must be a string, not an object" + expected);
    assertThat(error(server.put("/api/problems/rope/draft/python", "{\"source\": [1]}")))
        .isEqualTo("field \"source\" must be a string, not an array" + expected);
    assertThat(error(server.put("/api/problems/rope/draft/python", "[\"x\"]")))
        .isEqualTo("the request body must be an object, not an array" + expected);
    assertThat(error(server.put("/api/problems/rope/draft/python", "{\"sauce\": \"x\"}")))
        .isEqualTo("the request body has an unknown field \"sauce\"" + expected);
    assertThat(error(server.put("/api/problems/rope/draft/python", "{\n  \"source\": 'x'\n}")))
        .isEqualTo("the request body is not valid JSON at line 2, column 13" + expected);
    assertThat(error(server.post("/api/interviews", "\"bloom-filter\"")))
        .startsWith("the request body must be an object, not a string; expected {\"problem\"");
  }

  private static String error(Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    return r.json().get("error").asText();
  }

  @Test
  void draftsStartAsTheStarterAndKeepWhatWasSaved() {
    assertThat(server.get("/api/problems/rope/draft/java").json().get("source").asText())
        .contains("applyRope");
    assertThat(
            server
                .put("/api/problems/rope/draft/python", "{\"source\": \"print('mine')\"}")
                .status())
        .isEqualTo(204);
    assertThat(server.get("/api/problems/rope/draft/python").json().get("source").asText())
        .isEqualTo("print('mine')");
    assertThat(server.put("/api/problems/rope/draft/python", "{}").status()).isEqualTo(400);
  }

  @Test
  void hintsOpenOneLevelAtATimeAndTheEditorialAfterGivingUp() {
    assertThat(server.post("/api/problems/lora/hints", "").json().get("level").asInt())
        .isEqualTo(1);
    assertThat(server.get("/api/problems/lora").json().get("hints").size()).isEqualTo(1);
    int total = server.get("/api/problems/lora").json().get("hints_total").asInt();
    for (int level = 2; level <= total; level++) {
      assertThat(server.post("/api/problems/lora/hints", "").json().get("level").asInt())
          .isEqualTo(level);
    }
    assertThat(server.post("/api/problems/lora/hints", "").status()).isEqualTo(400);

    Response locked = server.get("/api/problems/lora/editorial");
    assertThat(locked.status()).isEqualTo(403);
    assertThat(locked.json().get("error").asText())
        .contains("after an accepted submission or when you give up");
    assertThat(server.post("/api/problems/lora/give-up", "").json().get("html").asText())
        .isNotBlank();
    assertThat(server.get("/api/problems/lora/editorial").status()).isEqualTo(200);
    assertThat(server.get("/api/problems/lora").json().get("editorial_unlocked").asBoolean())
        .isTrue();
  }

  @Test
  void aDerivationIsScoredAndStoredAndItsKeyPointsAndModelOpenOnlyAfterGivingUp() throws Exception {
    String slug = "softmax-cross-entropy-gradient";
    assertThat(server.get("/api/problems/" + slug).json().get("asks_for_derivation").asBoolean())
        .isTrue();
    JsonNode empty = server.get("/api/problems/" + slug + "/derivation").json().get("derivation");
    assertThat(empty.get("written").isNull()).isTrue();
    assertThat(empty.get("model").isNull()).isTrue();
    assertThat(empty.get("model_closed_because").asText()).contains("give-up 13");

    String text =
        "Shifting a row by its maximum changes neither the softmax nor the loss, and nothing"
            + " overflows. The gradient of the mean loss with respect to the logits is"
            + " $(\\mathrm{softmax}(z) - \\mathrm{onehot}(y)) / N$.";
    JsonNode page =
        server
            .post(
                "/api/problems/" + slug + "/derivation",
                new ObjectMapper().writeValueAsString(Map.of("text", text)))
            .json();
    JsonNode written = page.get("derivation").get("written");
    assertThat(written.get("score").asDouble()).isPositive();
    assertThat(written.get("counts").get("covered").asInt()).isPositive();
    assertThat(written.get("coverage").isNull()).as("closed: the points give it away").isTrue();
    assertThat(page.get("written_html").asText()).contains("class=\"math\"");
    assertThat(page.get("model_html").isNull()).isTrue();
    assertThat(server.get("/api/problems").json().get(12).get("derivation_score").asDouble())
        .isEqualTo(written.get("score").asDouble());

    server.post("/api/problems/" + slug + "/give-up", "");
    JsonNode open = server.get("/api/problems/" + slug + "/derivation").json();
    assertThat(open.get("model_html").asText()).contains("class=\"math\"");
    assertThat(open.get("points_html").size())
        .isEqualTo(open.get("derivation").get("key_points").asInt());
    assertThat(open.get("derivation").get("written").get("coverage").size())
        .isEqualTo(open.get("derivation").get("key_points").asInt());

    assertThat(server.post("/api/problems/" + slug + "/derivation", "{\"text\": \" \"}").status())
        .isEqualTo(400);
    Response none = server.get("/api/problems/lora/derivation");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("error").asText()).contains("asks for no derivation");
  }

  @Test
  void thePreviewRendersMathsAndEscapesWhatCouldRunInThePage() {
    JsonNode preview =
        server
            .post(
                "/api/derivations/preview",
                "{\"text\": \"$a^2$ <script>alert(1)</script> [x](javascript:alert(1))\"}")
            .json();
    String html = preview.get("html").asText();
    assertThat(html).contains("<span class=\"math\"").contains("&lt;script&gt;");
    assertThat(html).doesNotContain("<script").doesNotContain("javascript:");
  }

  @Test
  void aSubmissionIsJudgedOffTheRequestThreadAndRecorded() throws Exception {
    Response started =
        server.post("/api/problems/1/runs", ServerFixture.runBody("python", MHA, "submit"));
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().get("state").asText()).isIn("queued", "running");

    JsonNode done = server.waitFor(started.json().get("id").asText());

    JsonNode report = done.get("report");
    assertThat(report.get("verdict").asText()).isEqualTo("accepted");
    assertThat(done.get("done_cases").asInt()).isEqualTo(report.get("total").asInt());
    for (String key :
        new String[] {
          "problem", "verdict", "passed", "total", "time_ms", "cases", "message", "line", "details"
        }) {
      assertThat(report.has(key)).as(key).isTrue();
    }
    JsonNode firstCase = report.get("cases").get(0);
    for (String key :
        new String[] {
          "name",
          "visible",
          "verdict",
          "message",
          "max_abs_error",
          "worst",
          "outputs",
          "stdout",
          "traceback"
        }) {
      assertThat(firstCase.has(key)).as(key).isTrue();
    }
    JsonNode row = server.get("/api/progress").json().get("rows").get(0);
    assertThat(row.get("status").asText()).isEqualTo("solved");
    assertThat(row.get("attempts").asInt()).isEqualTo(1);
    assertThat(server.get("/api/problems/1/editorial").status()).isEqualTo(200);
  }

  @Test
  void aPollThatNamesTheLastVersionSeenIsAnsweredOnlyWhenTheRunMovesOn() throws Exception {
    // top-k: problem 1's attempts are counted by another test of this shared server
    Response started =
        server.post("/api/problems/top-k/runs", ServerFixture.runBody("python", TOP_K, "submit"));
    JsonNode view = started.json();
    String id = view.get("id").asText();
    // every answer is a newer view than the one named, so the polls are no more than the changes
    // (running, planned, and a start and an end per case, then done), whatever the timing
    int polls = 0;
    while (!view.get("state").asText().equals("done")) {
      long seen = view.get("version").asLong();
      view = server.get("/api/runs/" + id + "?after=" + seen).json();
      assertThat(view.get("version").asLong()).isGreaterThan(seen);
      polls++;
    }
    assertThat(polls).isLessThanOrEqualTo(3 + 2 * view.get("planned_cases").asInt());
    assertThat(view.get("report").get("verdict").asText()).isEqualTo("accepted");

    JsonNode again = server.get("/api/runs/" + id + "?after=" + view.get("version")).json();
    assertThat(again.get("state").asText()).as("a finished run answers at once").isEqualTo("done");
    Response bad = server.get("/api/runs/" + id + "?after=soon");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("after");
  }

  @Test
  void aWrongSubmissionReportsItsWorstElement() throws Exception {
    JsonNode report =
        server.runToEnd("1", "python", MHA.replace(" / np.sqrt(d_k)", ""), "test").get("report");
    assertThat(report.get("verdict").asText()).isEqualTo("wrong_answer");
    JsonNode worst = report.get("cases").get(0).get("worst");
    assertThat(worst.get("index").size()).isEqualTo(3);
    assertThat(worst.get("expected").isNumber()).isTrue();
    assertThat(worst.get("actual").isNumber()).isTrue();
  }

  @Test
  void tenSubmissionsAtOnceAllGetTheirVerdictWhileTheCatalogStaysResponsive() throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean right = i % 2 == 0;
      String source = right ? TOP_K : TOP_K.replace("return out[::-1]", "return out");
      Response r =
          server.post(
              "/api/problems/top-k/runs", ServerFixture.runBody("python", source, "submit"));
      assertThat(r.status()).isEqualTo(202);
      ids.add(r.json().get("id").asText());
      expected.add(right ? "accepted" : "wrong_answer");
    }

    Response catalog = server.get("/api/problems");
    long stillWaiting =
        ids.stream()
            .filter(
                id -> !server.get("/api/runs/" + id).json().get("state").asText().equals("done"))
            .count();

    assertThat(catalog.status()).isEqualTo(200);
    assertThat(stillWaiting)
        .as("the catalog answered while submissions were still being judged")
        .isPositive();
    for (int i = 0; i < ids.size(); i++) {
      JsonNode job = server.waitFor(ids.get(i));
      assertThat(job.get("report").get("verdict").asText())
          .as("run " + i)
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void anInterviewClosesHintsAndEditorialUntilItEnds() {
    Response started =
        server.post("/api/interviews", "{\"problem\": \"bloom-filter\", \"language\": \"python\"}");
    assertThat(started.status()).isEqualTo(201);
    JsonNode session = started.json();
    assertThat(session.get("budget_minutes").asInt()).isEqualTo(25);
    assertThat(session.get("running").asBoolean()).isTrue();
    assertThat(session.get("remaining_ms").asLong()).isBetween(24 * 60_000L, 25 * 60_000L);

    assertThat(server.post("/api/problems/bloom-filter/hints", "").status()).isEqualTo(403);
    assertThat(server.post("/api/problems/bloom-filter/give-up", "").status()).isEqualTo(403);
    assertThat(server.get("/api/problems/bloom-filter/editorial").json().get("error").asText())
        .contains("interview session");
    assertThat(server.get("/api/problems/bloom-filter").json().get("interview").get("id").asText())
        .isEqualTo(session.get("id").asText());
    assertThat(server.post("/api/interviews", "{\"problem\": \"bloom-filter\"}").status())
        .isEqualTo(409);

    JsonNode done =
        server.post("/api/interviews/" + session.get("id").asText() + "/finish", "").json();
    assertThat(done.get("running").asBoolean()).isFalse();
    assertThat(done.get("verdict").asText()).isEqualTo("none");
    assertThat(done.get("attempts").asInt()).isZero();
    assertThat(server.post("/api/problems/bloom-filter/hints", "").status()).isEqualTo(200);
    assertThat(server.get("/api/progress").json().get("interviews").get(0).get("problem").asText())
        .isEqualTo("bloom-filter");
    assertThat(server.get("/api/interviews/nope").status()).isEqualTo(404);
  }

  @Test
  void aDebuggingRoundKeepsItsOwnCodeAndNamesThePlantedBugOnlyAtTheEnd() {
    assertThat(server.get("/api/problems/dijkstra").json().get("debug_languages").toString())
        .isEqualTo("[\"python\",\"java\"]");
    Response started =
        server.post(
            "/api/interviews",
            "{\"problem\": \"dijkstra\", \"language\": \"java\", \"debug\": true}");
    assertThat(started.status()).isEqualTo(201);
    JsonNode round = started.json();
    String id = round.get("id").asText();
    assertThat(round.get("debug").asBoolean()).isTrue();
    assertThat(round.get("language").asText()).isEqualTo("java");
    assertThat(round.get("code").asText())
        .contains("class Solution")
        .doesNotContain("Wrong answer");
    assertThat(round.get("planted").isNull()).as("not named while the clock runs").isTrue();
    assertThat(server.post("/api/problems/dijkstra/hints", "").status()).isEqualTo(403);

    assertThat(
            server
                .put("/api/interviews/" + id + "/draft", "{\"source\": \"class Solution {}\"}")
                .status())
        .isEqualTo(204);
    assertThat(server.get("/api/problems/dijkstra").json().get("interview").get("code").asText())
        .isEqualTo("class Solution {}");
    assertThat(server.get("/api/problems/dijkstra/draft/java").json().get("source").asText())
        .as("the problem's own draft is untouched")
        .isNotEqualTo("class Solution {}");
    assertThat(error(server.put("/api/interviews/" + id + "/draft", "{\"sauce\": 1}")))
        .contains("source");

    JsonNode done = server.post("/api/interviews/" + id + "/finish", "").json();
    assertThat(done.get("code").isNull()).isTrue();
    assertThat(done.get("planted").get("submission").asText())
        .startsWith("wrong_answer/")
        .endsWith(".java");
    assertThat(done.get("planted").get("description").asText()).isNotBlank();
    assertThat(server.put("/api/interviews/" + id + "/draft", "{\"source\": \"late\"}").status())
        .isEqualTo(409);
    assertThat(server.get("/api/progress").json().get("interviews").get(0).get("debug").asBoolean())
        .isTrue();
  }

  @Test
  void progressHasTheTrackerChartsAndEditableNotes() {
    assertThat(server.put("/api/progress/rope/note", "{\"text\": \"two layouts!\"}").status())
        .isEqualTo(204);
    JsonNode p = server.get("/api/progress").json();
    JsonNode rope = null;
    for (JsonNode row : p.get("rows")) {
      if (row.get("slug").asText().equals("rope")) {
        rope = row;
      }
    }
    assertThat(rope).isNotNull();
    assertThat(rope.get("note").asText()).isEqualTo("two layouts!");
    assertThat(p.get("by_section").get(0).get("label").asText())
        .isEqualTo("1 Paper implementation");
    assertThat(p.get("by_difficulty").size()).isGreaterThanOrEqualTo(2);
    assertThat(p.get("activity").size()).isEqualTo(42);
    assertThat(server.put("/api/progress/rope/note", "[]").status()).isEqualTo(400);
  }

  @Test
  void pagesAndWebJarsAreServedLocally() {
    assertThat(server.get("/").body()).contains("<title>Allclose · Problems</title>");
    assertThat(server.get("/problems/multi-head-attention").body())
        .contains("/static/js/problem.js");
    assertThat(server.get("/progress").body()).contains("chart.umd.js");
    for (String page : List.of("/", "/problems/x", "/progress")) {
      for (String asset : server.get(page).body().split("(src|href)=\"")) {
        String path = asset.substring(0, Math.max(0, asset.indexOf('"')));
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
          assertThat(server.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(path).as("no asset from another host").doesNotStartWith("http");
      }
    }
  }

  @Test
  void theFaviconIsServedWhereverABrowserLooksForIt() {
    for (String path : List.of("/favicon.ico", "/static/favicon.svg")) {
      Response icon = server.get(path);
      assertThat(icon.status()).as(path).isEqualTo(200);
      assertThat(icon.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .startsWith("image/svg+xml");
      assertThat(icon.body()).as(path).startsWith("<svg");
    }
    for (String page : List.of("/", "/problems/rope", "/progress", "/problems/nope")) {
      assertThat(server.get(page).body())
          .as(page)
          .contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">");
    }
  }

  @Test
  void anUnknownProblemsPageIsAnHtml404() {
    Response unknown = server.get("/problems/no-such-problem");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(unknown.body()).contains("<h1>No such problem</h1>").doesNotContain("problem.js");
    assertThat(server.get("/problems/9").status()).as("a problem by its number").isEqualTo(200);
    assertThat(server.get("/problems/rope").body()).contains("/static/js/problem.js");
  }
}
