package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.server.ServerFixture.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers only its own pages in the browser that opened the printed link: requests as a
 * page of another site, a DNS-rebound name or a script without the secret would send them, over
 * real HTTP to a real server (a raw socket where {@code java.net.http} will not write the request).
 */
class LocalOnlyTest {
  @TempDir static Path home;
  static ServerFixture server;
  static int port;

  static final String TOP_K_RUN = ServerFixture.runBody("python", ApiTest.TOP_K, "submit");
  static final String MAX_BODY = "1,114,112";
  static final String RUNS = "/api/problems/top-k/runs";
  static final String NOTE = "/api/progress/rope/note";

  @BeforeAll
  static void start() {
    server = new ServerFixture(home, 1);
    port = server.server.port();
  }

  @AfterAll
  static void stop() {
    server.closeAfterCheckingErrors();
  }

  @Test
  void aCrossSiteTextPlainPostIsRefusedAndQueuesNoRun() throws Exception {
    int recordedBefore = submissionsRecorded();
    // what fetch(url, {method: "POST", mode: "no-cors", body}) on another site sends; SameSite
    // keeps the cookie off it
    Response crossSite =
        postRun(
            server
                .anonymous(RUNS)
                .header("Origin", "https://attacker.example")
                .header("Sec-Fetch-Site", "cross-site"),
            "text/plain;charset=UTF-8");
    // another server on localhost is the same site, so the browser sends the cookie along
    Response sameSite =
        postRun(
            server
                .request(RUNS)
                .header("Origin", "http://127.0.0.1:8888")
                .header("Sec-Fetch-Site", "same-site"),
            "text/plain;charset=UTF-8");
    Response noOrigin = postRun(server.request(RUNS), "text/plain");
    Response ownOriginTextPlain =
        postRun(server.request(RUNS).header("Origin", server.base()), "text/plain");

    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(crossSite.json().get("error").asText())
        .contains("https://attacker.example")
        .contains("only this server's own pages");
    assertThat(sameSite.status()).isEqualTo(403);
    assertThat(noOrigin.status()).isEqualTo(403);
    assertThat(ownOriginTextPlain.status()).isEqualTo(415);
    assertThat(ownOriginTextPlain.json().get("error").asText())
        .isEqualTo(
            "a change must be sent as 'Content-Type: application/json' (UTF-8), not 'text/plain'");
    // one judging thread takes runs in order: had any refused one been queued, it would be
    // judged and recorded before this one
    JsonNode run = server.runToEnd("top-k", "python", ApiTest.TOP_K, "test");
    assertThat(run.get("state").asText()).isEqualTo("done");
    assertThat(submissionsRecorded()).isEqualTo(recordedBefore + 1);
  }

  @Test
  void aForeignOriginOrANullOriginMayNotChangeData() {
    for (String origin :
        new String[] {
          "null",
          "http://localhost:" + (port + 1),
          "https://127.0.0.1:" + port,
          "http://127.0.0.1.attacker.example:" + port
        }) {
      Response r =
          putNote(server.request(NOTE).header("Origin", origin), "application/json", "planted");
      assertThat(r.status()).as(origin).isEqualTo(403);
      assertThat(r.json().get("error").asText()).as(origin).contains(origin).doesNotContain("\n");
    }
    assertThat(noteOf("rope")).isNotEqualTo("planted");
  }

  /** The debugging round's endpoints sit behind the same guard as every other change of data. */
  @Test
  void aForeignPageCannotStartADebuggingRoundNorWriteItsCode() {
    String foreign = "http://127.0.0.1.attacker.example:" + port;
    Response start =
        server.send(
            server
                .request("/api/interviews")
                .header("Origin", foreign)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"problem\": \"rope\", \"debug\": true}")));
    assertThat(start.status()).isEqualTo(403);
    assertThat(server.get("/api/problems/rope").json().get("interview").isNull()).isTrue();

    String id =
        server
            .post("/api/interviews", "{\"problem\": \"rope\", \"debug\": true}")
            .json()
            .get("id")
            .asText();
    try {
      Response write =
          server.send(
              server
                  .request("/api/interviews/" + id + "/draft")
                  .header("Origin", foreign)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"source\": \"planted\"}")));
      assertThat(write.status()).isEqualTo(403);
      assertThat(server.get("/api/interviews/" + id).json().get("code").asText())
          .isNotEqualTo("planted");
    } finally {
      server.post("/api/interviews/" + id + "/finish", "");
    }
  }

  @Test
  void theServersOwnOriginsOrASameOriginFetchMayChangeData() {
    for (String origin :
        new String[] {"http://localhost:" + port, "http://[::1]:" + port, server.base()}) {
      Response r =
          putNote(
              server.request(NOTE).header("Origin", origin),
              "application/json; charset=utf-8",
              "from " + origin);
      assertThat(r.status()).as(origin).isEqualTo(204);
    }
    Response noOriginSameSite =
        putNote(
            server.request(NOTE).header("Sec-Fetch-Site", "same-origin"),
            "application/json",
            "same origin");
    assertThat(noOriginSameSite.status()).isEqualTo(204);
    assertThat(noteOf("rope")).isEqualTo("same origin");
  }

  @Test
  void aForeignWrongPortOrMissingHostIsRefusedBeforeAnyHandler() {
    for (String host :
        new String[] {
          "attacker.example", "attacker.example:" + port, "127.0.0.1:" + (port + 1), "127.0.0.1"
        }) {
      RawHttp.Response r = listProblemsAs(host);
      assertThat(r.status()).as(host).isEqualTo(403);
      assertThat(r.headers().get("content-type")).startsWith("application/json");
      assertThat(r.body()).as(host).contains("is not this server").doesNotContain("\n");
    }
    // HTTP/1.1 requires a Host, which Jetty enforces itself (ErrorsTest); HTTP/1.0 reaches us
    RawHttp.Response noHost =
        server.raw("GET /api/problems HTTP/1.0\r\nCookie: " + server.cookie, new byte[0], 0);
    assertThat(noHost.status()).isEqualTo(403);
    assertThat(noHost.body()).contains("names no Host");

    for (String host : new String[] {"localhost:" + port, "[::1]:" + port, "127.0.0.1:" + port}) {
      assertThat(listProblemsAs(host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void withoutTheSecretAnApiCallGetsJsonAndAPageGetsAPageSayingToOpenTheLink() {
    Response api = server.send(server.anonymous("/api/problems"));
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Token");
    assertThat(api.json().get("error").asText())
        .contains("open the link 'allclose serve' printed")
        .doesNotContain(ServerFixture.SECRET);

    Response page = server.send(server.anonymous("/progress"));
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("<title>Allclose · Open the link from the terminal</title>")
        .contains("<p>Open the link 'allclose serve' printed (" + server.base() + "/?token=...)")
        .doesNotContain(ServerFixture.SECRET);

    assertThat(server.send(server.anonymous("/static/app.css")).status())
        .as("static assets need no secret")
        .isEqualTo(200);
  }

  @Test
  void aWrongSecretIsRefusedWhereverItIsCarried() {
    String wrong = "x".repeat(ServerFixture.SECRET.length());
    Response cookie =
        server.send(
            server
                .anonymous("/api/problems")
                .header("Cookie", "allclose_token_" + port + "=" + wrong));
    Response otherPortsCookie =
        server.send(
            server
                .anonymous("/api/problems")
                .header("Cookie", server.cookie.replace("_" + port + "=", "_" + (port + 1) + "=")));
    Response link = server.send(server.anonymous("/?token=" + wrong));
    Response header =
        server.send(server.anonymous("/api/problems").header("Authorization", "Token " + wrong));
    Response headerOverCookie =
        server.send(server.request("/api/problems").header("Authorization", "Token " + wrong));

    assertThat(cookie.status()).isEqualTo(401);
    assertThat(otherPortsCookie.status()).isEqualTo(401);
    assertThat(link.status()).isEqualTo(401);
    assertThat(link.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(link.body()).contains("not this launch's secret");
    assertThat(header.status()).isEqualTo(401);
    assertThat(header.json().get("error").asText()).contains("Authorization header");
    assertThat(headerOverCookie.status()).isEqualTo(401);
  }

  @Test
  void theLinkSetsAStrictHttpOnlyCookieAndRedirectsToTheSamePathWithoutTheToken() {
    Response r =
        server.send(
            HttpRequest.newBuilder(
                URI.create(
                    server.base()
                        + "/progress?view=all&token="
                        + ServerFixture.SECRET
                        + "&sort=time")));
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/progress?view=all&sort=time");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("allclose_token_" + port + "=" + ServerFixture.SECRET + ";");
    assertThat(Arrays.stream(cookie.split(";")).map(String::strip))
        .contains("HttpOnly", "SameSite=Strict", "Path=/")
        .noneMatch(a -> a.equalsIgnoreCase("Secure"));

    Response home = server.send(HttpRequest.newBuilder(server.server.signInLink()).GET());
    assertThat(home.headers().firstValue("Location")).hasValue("/");
    RawHttp.Response twoSlashes =
        server.raw(
            "GET //attacker.example/?token="
                + ServerFixture.SECRET
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + port,
            new byte[0],
            0);
    assertThat(twoSlashes.headers().get("location")).doesNotStartWith("//");
  }

  @Test
  void theAuthorizationHeaderServesScriptsWithoutCookieOrOrigin() throws Exception {
    String authorization = "Token " + ServerFixture.SECRET;
    Response list =
        server.send(server.anonymous("/api/problems").header("Authorization", authorization));
    assertThat(list.status()).isEqualTo(200);

    Response started =
        server.send(
            server
                .anonymous("/api/problems/top-k/runs")
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TOP_K_RUN.replace("submit", "test"))));
    assertThat(started.status()).isEqualTo(202);
    assertThat(server.waitFor(started.json().get("id").asText()).get("state").asText())
        .isEqualTo("done");
  }

  @Test
  void anOversizedBodyIsRefusedChunkedOrNot() {
    // escaped quotes: 900,000 characters of source, 1.8 MB of JSON
    byte[] oversized =
        ("{\"source\": \"" + "\\\"".repeat(900_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    String head =
        "PUT /api/problems/rope/draft/python HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nCookie: "
            + server.cookie
            + "\r\nOrigin: "
            + server.base()
            + "\r\nContent-Type: application/json";

    RawHttp.Response chunked = server.raw(head, oversized, 8192);
    RawHttp.Response counted =
        server.raw(head + "\r\nContent-Length: " + oversized.length, oversized, 0);
    // far past any buffer, to a route that never reads its body
    byte[] huge = new byte[16 << 20];
    Arrays.fill(huge, (byte) ' ');
    RawHttp.Response ignoredBody =
        server.raw(
            head.replace("PUT /api/problems/rope/draft/python", "POST /api/problems/rope/open"),
            huge,
            1 << 16);

    for (RawHttp.Response r : new RawHttp.Response[] {chunked, counted, ignoredBody}) {
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.body()).contains("over " + MAX_BODY + " bytes");
    }
    assertThat(server.get("/api/problems/rope/draft/python").json().get("source").asText())
        .doesNotStartWith("\"\"\"\"");

    byte[] fits =
        ("{\"source\": \"" + "# fits\\n".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(server.raw(head, fits, 4096).status())
        .as("a chunked body under the cap")
        .isEqualTo(204);
    assertThat(server.get("/api/problems/rope/draft/python").json().get("source").asText())
        .startsWith("# fits\n# fits\n");
  }

  /** Posts the top-k run with the given content type, the other headers as built. */
  private static Response postRun(HttpRequest.Builder request, String contentType) {
    return server.send(
        request
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(TOP_K_RUN)));
  }

  /** Sets rope's note to {@code text}, the other headers as built. */
  private static Response putNote(HttpRequest.Builder request, String contentType, String text) {
    return server.send(
        request
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}")));
  }

  /** Lists the problems over HTTP/1.1 with the secret, naming {@code host} as the Host. */
  private static RawHttp.Response listProblemsAs(String host) {
    return server.raw(
        "GET /api/problems HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + server.cookie,
        new byte[0],
        0);
  }

  private static int submissionsRecorded() {
    int n = 0;
    for (JsonNode day : server.get("/api/progress").json().get("activity")) {
      n += day.get("submissions").asInt();
    }
    return n;
  }

  private static String noteOf(String slug) {
    for (JsonNode row : server.get("/api/progress").json().get("rows")) {
      if (row.get("slug").asText().equals(slug)) {
        return row.get("note").asText();
      }
    }
    throw new AssertionError("no row " + slug);
  }
}
