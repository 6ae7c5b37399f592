package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.app.Workbench;
import dev.allclose.app.accounts.AccountService.Invitation;
import dev.allclose.app.accounts.Role;
import dev.allclose.server.guard.SiteOrigin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
  String schema;
  Workbench workbench;
  AllcloseServer server;
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
    try (Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
        Statement s = c.createStatement()) {
      schema = "accounts_test_" + UUID.randomUUID().toString().replace("-", "");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_POSTGRES"))) {
        throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL answers");
    }
    workbench = new Workbench(home, List.of(), w -> {});
    workbench.usePostgres(PostgresServerTest.POSTGRES + "&currentSchema=" + schema);
    server =
        new AllcloseServer(workbench, 1, 50, new Access.Accounts(SiteOrigin.loopback()), null)
            .start(0);
  }

  @AfterEach
  void stop() throws SQLException {
    List<String> workspaces = new ArrayList<>();
    if (server != null) {
      workbench.accounts().users().forEach(a -> workspaces.add(a.workspace()));
      server.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
          Statement s = c.createStatement()) {
        for (String w : workspaces) {
          s.execute("DROP SCHEMA IF EXISTS " + w + " CASCADE");
        }
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A browser signed in as one account: its cookies, and the CSRF token changes carry. */
  final class User {
    final String email;
    String cookies = "";
    String csrf = "";

    User(String email) {
      this.email = email;
    }

    Http.Response get(String path) {
      return send("GET", path, null);
    }

    Http.Response post(String path, String body) {
      return send("POST", path, body);
    }

    Http.Response send(String method, String path, String body) {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + path));
      if (!cookies.isEmpty()) {
        r.header("Cookie", cookies);
      }
      if (!method.equals("GET")) {
        r.header("Origin", base()).header("Content-Type", "application/json");
        if (!csrf.isEmpty()) {
          r.header("X-CSRF-Token", csrf);
        }
      }
      r.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      Http.Response response = Http.send(http, r);
      for (String set : response.headers().allValues("Set-Cookie")) {
        keep(set);
      }
      return response;
    }

    private void keep(String setCookie) {
      String pair = setCookie.split(";", 2)[0];
      String name = pair.split("=", 2)[0];
      String value = pair.split("=", 2)[1];
      Map<String, String> jar = new LinkedHashMap<>();
      for (String c : cookies.isEmpty() ? new String[0] : cookies.split("; ")) {
        jar.put(c.split("=", 2)[0], c.split("=", 2)[1]);
      }
      if (value.isEmpty()) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
      if (name.equals("allclose_csrf")) {
        csrf = value;
      }
      cookies =
          String.join(
              "; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
  }

  /** A new account, signed in through its invitation as a new user is. */
  User newUser(String email, Role role) {
    Invitation invitation = workbench.accounts().createUser("test", email, role);
    User u = new User(email);
    Http.Response r =
        u.post(
            "/api/invitations",
            "{\"token\": \"" + invitation.token() + "\", \"password\": \"correct horse 1\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(u.csrf).isNotEmpty();
    return u;
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
    User admin = newUser("admin@example.org", Role.ADMIN);
    User coach = newUser("coach@example.org", Role.COACH);
    User alice = newUser("alice@example.org", Role.CANDIDATE);
    User bob = newUser("bob@example.org", Role.CANDIDATE);
    User nobody = new User("nobody");

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
        Http.Response r = nobody.send(method, sampled, body);
        if (path.startsWith("/api")) {
          assertThat(r.status()).as(route + " without a session").isEqualTo(401);
        } else {
          assertThat(r.status()).as(route + " without a session").isEqualTo(302);
          assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
        }
      }

      boolean adminOnly = path.startsWith("/api/admin") || path.equals("/admin");
      if (adminOnly) {
        for (User u : List.of(coach, bob)) {
          assertThat(u.send(method, sampled, body).status())
              .as(route + " as " + u.email)
              .isEqualTo(403);
        }
      }

      // another candidate's ids: never alice's data
      if (!adminOnly && !PUBLIC.contains(route) && path.contains("{id}")) {
        Http.Response r = bob.send(method, sampled, body);
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
    User alice = newUser("alice@example.org", Role.CANDIDATE);
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
    User alice = new User("alice@example.org");
    Http.Response r =
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
            new User("x")
                .post(
                    "/api/invitations",
                    "{\"token\": \"" + again.token() + "\", \"password\": \"another one 12\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void signingOutEndsTheSession() {
    User alice = newUser("alice@example.org", Role.CANDIDATE);
    String cookies = alice.cookies;
    assertThat(alice.send("DELETE", "/api/session", null).status()).isEqualTo(204);
    User stolen = new User("alice@example.org");
    stolen.cookies = cookies;
    assertThat(stolen.get("/api/progress").status()).isEqualTo(401);
  }

  @Test
  void signInIsRateLimitedPerEmail() {
    newUser("alice@example.org", Role.CANDIDATE);
    User attacker = new User("x");
    String wrong = "{\"email\": \"alice@example.org\", \"password\": \"guess guess 1\"}";
    for (int i = 0; i < 5; i++) {
      Http.Response r = attacker.post("/api/session", wrong);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).isEqualTo("wrong email or password");
    }
    String right = "{\"email\": \"alice@example.org\", \"password\": \"correct horse 1\"}";
    Http.Response limited = attacker.post("/api/session", right);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("error").asText()).contains("too many failed sign-ins");
    // an unknown email answers as a wrong password does: no account list to harvest
    Http.Response unknown =
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
    assertThat(Http.send(http, r).status()).isEqualTo(403);
  }

  @Test
  void oneAccountMayHaveOnlyAFewRunsWaiting() {
    User alice = newUser("alice@example.org", Role.CANDIDATE);
    String slow =
        ServerFixture.runBody("python", "import time\ntime.sleep(30)\n" + ApiTest.MHA, "submit");
    for (int i = 0; i < 3; i++) {
      assertThat(alice.post("/api/problems/1/runs", slow).status()).isEqualTo(202);
    }
    Http.Response fourth = alice.post("/api/problems/1/runs", slow);
    assertThat(fourth.status()).isEqualTo(429);
    assertThat(fourth.json().get("error").asText()).contains("runs waiting");
    // another account is not held up by alice's burst
    User bob = newUser("bob@example.org", Role.CANDIDATE);
    assertThat(bob.post("/api/problems/1/runs", slow).status()).isEqualTo(202);
  }

  /** Plain HTTP for this test: status, body, headers, and the body as JSON. */
  static final class Http {
    record Response(int status, String body, java.net.http.HttpHeaders headers) {
      JsonNode json() {
        try {
          return ServerFixture.JSON.readTree(body);
        } catch (IOException e) {
          throw new AssertionError(body, e);
        }
      }
    }

    static Response send(HttpClient http, HttpRequest.Builder r) {
      try {
        HttpResponse<String> response =
            http.send(
                r.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
