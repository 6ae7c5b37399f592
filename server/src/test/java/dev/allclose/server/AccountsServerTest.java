package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.app.Workbench;
import dev.allclose.app.accounts.AccountService.Invitation;
import dev.allclose.app.accounts.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared server ({@code serve --accounts}) on the real PostgreSQL: every route's answer to no
 * session, to each role, and to another account's ids; sessions, CSRF, the sign-in rate limit and
 * the per-account cap on runs. Each test has a schema of its own and drops the workspaces it made.
 */
class AccountsServerTest {
  @TempDir Path home;
  SharedServerFixture shared;
  AllcloseServer server;
  Workbench workbench;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The routes open without a session. */
  static final Set<String> PUBLIC =
      Set.of(
          "GET /login",
          "GET /invite",
          "GET /favicon.ico",
          "POST /api/session",
          "POST /api/invitations");

  @BeforeEach
  void start() {
    shared = SharedServerFixture.start(home, 1);
    server = shared.server;
    workbench = shared.workbench;
  }

  @AfterEach
  void stop() throws SQLException {
    if (shared != null) {
      shared.close();
    }
  }

  String base() {
    return shared.base();
  }

  SharedServerFixture.User newUser(String email, Role role) {
    return shared.newUser(email, role);
  }

  /** A sample of each route's path: the ids are {@code owner}'s. */
  static String sample(String path, Map<String, String> ids) {
    String p = path;
    for (Map.Entry<String, String> e : ids.entrySet()) {
      p = p.replace("{" + e.getKey() + "}", e.getValue());
    }
    return p;
  }

  static final String BODY =
      "{\"email\": \"x@example.org\", \"role\": \"candidate\", \"text\": \"t\", \"source\":"
          + " \"import numpy as np\", \"language\": \"python\", \"mode\": \"test\", \"problem\":"
          + " \"1\", \"password\": \"wrong password\"}";

  @Test
  void everyRouteRefusesWhoMayNotUseIt() throws Exception {
    SharedServerFixture.User admin = newUser("admin@example.org", Role.ADMIN);
    SharedServerFixture.User coach = newUser("coach@example.org", Role.COACH);
    SharedServerFixture.User alice = newUser("alice@example.org", Role.CANDIDATE);
    SharedServerFixture.User bob = newUser("bob@example.org", Role.CANDIDATE);
    SharedServerFixture.User nobody = shared.new User("nobody");

    // alice's data, with ids of every kind a route takes
    JsonNode run =
        alice
            .post("/api/problems/1/runs", ServerFixture.runBody("python", ApiTest.MHA, "test"))
            .json();
    assertThat(alice.send("PUT", "/api/progress/1/note", "{\"text\": \"alice's note\"}").status())
        .isEqualTo(204);
    JsonNode interview =
        alice.post("/api/interviews", "{\"problem\": \"1\", \"language\": \"python\"}").json();
    assertThat(interview.has("id")).as(interview.toString()).isTrue();
    Map<String, String> ids =
        Map.of(
            "ref", "1",
            "slug", "1",
            "lang", "python",
            "id", run.get("id").asText(),
            "email", "alice@example.org");
    Map<String, String> interviewIds = Map.of("id", interview.get("id").asText());

    for (String route : server.routes()) {
      String method = route.split(" ", 2)[0];
      String path = route.split(" ", 2)[1];
      if (path.contains("*") || method.equals("HEAD") || method.equals("OPTIONS")) {
        continue;
      }
      String sampled =
          sample(path.startsWith("/api/interviews/") ? sample(path, interviewIds) : path, ids);
      String body =
          method.equals("GET")
              ? null
              : path.endsWith("/draft") ? "{\"source\": \"import numpy as np\"}" : BODY;

      // no session: a 401 under /api, the sign-in page elsewhere
      if (!PUBLIC.contains(route)) {
        SharedServerFixture.Http.Response r = nobody.send(method, sampled, body);
        if (path.startsWith("/api")) {
          assertThat(r.status()).as(route + " without a session").isEqualTo(401);
        } else {
          assertThat(r.status()).as(route + " without a session").isEqualTo(302);
          assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
        }
      }

      boolean adminOnly = path.startsWith("/api/admin") || path.equals("/admin");
      boolean coachOnly = path.startsWith("/api/cohorts") || path.equals("/cohorts");
      if (adminOnly) {
        for (SharedServerFixture.User u : List.of(coach, bob)) {
          assertThat(u.send(method, sampled, body).status())
              .as(route + " as " + u.email)
              .isEqualTo(403);
        }
      }
      if (coachOnly) {
        assertThat(bob.send(method, sampled, body).status()).as(route + " as bob").isEqualTo(403);
      }

      // another candidate's ids: never alice's data
      if (!adminOnly && !coachOnly && !PUBLIC.contains(route) && path.contains("{id}")) {
        SharedServerFixture.Http.Response r = bob.send(method, sampled, body);
        assertThat(r.status()).as(route + " with alice's id, as bob").isEqualTo(404);
      }
    }
    // what bob can list holds nothing of alice's
    assertThat(bob.get("/api/progress").body()).doesNotContain("alice's note");
    assertThat(alice.get("/api/progress").body()).contains("alice's note");
    assertThat(bob.get("/api/runs/" + run.get("id").asText()).status()).isEqualTo(404);
    assertThat(alice.get("/api/runs/" + run.get("id").asText()).status()).isEqualTo(200);
    // admins manage accounts, and each action is audited
    assertThat(admin.get("/api/admin/users").json().findValuesAsText("email"))
        .contains("alice@example.org", "bob@example.org", "coach@example.org");
    assertThat(
            admin
                .send("PUT", "/api/admin/users/bob@example.org/role", "{\"role\": \"coach\"}")
                .status())
        .isEqualTo(200);
    assertThat(admin.get("/api/admin/audit").json().findValuesAsText("action"))
        .contains("set-role", "create-user");
  }

  @Test
  void aChangeNeedsTheSessionsCsrfToken() {
    SharedServerFixture.User alice = newUser("alice@example.org", Role.CANDIDATE);
    String csrf = alice.csrf;
    alice.csrf = "";
    assertThat(alice.send("PUT", "/api/progress/1/note", "{\"text\": \"x\"}").status())
        .isEqualTo(403);
    alice.csrf = "not-the-token";
    assertThat(alice.send("PUT", "/api/progress/1/note", "{\"text\": \"x\"}").status())
        .isEqualTo(403);
    alice.csrf = csrf;
    assertThat(alice.send("PUT", "/api/progress/1/note", "{\"text\": \"x\"}").status())
        .isEqualTo(204);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    workbench.accounts().createUser("test", "alice@example.org", Role.CANDIDATE);
    Invitation again = workbench.accounts().reinvite("test", "alice@example.org");
    SharedServerFixture.User alice = shared.new User("alice@example.org");
    SharedServerFixture.Http.Response r =
        alice.post(
            "/api/invitations",
            "{\"token\": \"" + again.token() + "\", \"password\": \"correct horse 1\"}");
    String session =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("allclose_session="))
            .findFirst()
            .orElseThrow();
    assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    // the link worked once
    assertThat(
            shared.new User("x")
                .post(
                    "/api/invitations",
                    "{\"token\": \"" + again.token() + "\", \"password\": \"another one 12\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void signingOutEndsTheSession() {
    SharedServerFixture.User alice = newUser("alice@example.org", Role.CANDIDATE);
    String cookies = alice.cookies;
    assertThat(alice.send("DELETE", "/api/session", null).status()).isEqualTo(204);
    SharedServerFixture.User stolen = shared.new User("alice@example.org");
    stolen.cookies = cookies;
    assertThat(stolen.get("/api/progress").status()).isEqualTo(401);
  }

  @Test
  void signInIsRateLimitedPerEmail() {
    newUser("alice@example.org", Role.CANDIDATE);
    SharedServerFixture.User attacker = shared.new User("x");
    String wrong = "{\"email\": \"alice@example.org\", \"password\": \"guess guess 1\"}";
    for (int i = 0; i < 5; i++) {
      SharedServerFixture.Http.Response r = attacker.post("/api/session", wrong);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).isEqualTo("wrong email or password");
    }
    String right = "{\"email\": \"alice@example.org\", \"password\": \"correct horse 1\"}";
    SharedServerFixture.Http.Response limited = attacker.post("/api/session", right);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("error").asText()).contains("too many failed sign-ins");
    // an unknown email answers as a wrong password does: no account list to harvest
    SharedServerFixture.Http.Response unknown =
        attacker.post("/api/session", "{\"email\": \"eve@example.org\", \"password\": \"p\"}");
    assertThat(unknown.json().get("error").asText()).isEqualTo("wrong email or password");
  }

  @Test
  void anotherSitesPageCannotSignIn() {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base() + "/api/session"))
            .header("Origin", "https://evil.example")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString("{\"email\": \"a@b.c\", \"password\": \"p\"}"));
    assertThat(SharedServerFixture.Http.send(http, r).status()).isEqualTo(403);
  }

  @Test
  void oneAccountMayHaveOnlyAFewRunsWaiting() {
    SharedServerFixture.User alice = newUser("alice@example.org", Role.CANDIDATE);
    String slow =
        ServerFixture.runBody("python", "import time\ntime.sleep(30)\n" + ApiTest.MHA, "submit");
    for (int i = 0; i < 3; i++) {
      assertThat(alice.post("/api/problems/1/runs", slow).status()).isEqualTo(202);
    }
    SharedServerFixture.Http.Response fourth = alice.post("/api/problems/1/runs", slow);
    assertThat(fourth.status()).isEqualTo(429);
    assertThat(fourth.json().get("error").asText()).contains("runs waiting");
    // another account is not held up by alice's burst
    SharedServerFixture.User bob = newUser("bob@example.org", Role.CANDIDATE);
    assertThat(bob.post("/api/problems/1/runs", slow).status()).isEqualTo(202);
  }
}
