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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A shared server ({@code serve --accounts}) on the real PostgreSQL, in a schema of its own, and
 * HTTP clients signed in as its accounts, talking as the pages do. Closing stops the server and
 * drops the schema and every workspace its accounts made. Skipped where PostgreSQL does not answer,
 * unless {@code ALLCLOSE_REQUIRE_POSTGRES=1}.
 */
final class SharedServerFixture implements AutoCloseable {
  final String schema;
  final Workbench workbench;
  final AllcloseServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SharedServerFixture(String schema, Workbench workbench, AllcloseServer server) {
    this.schema = schema;
    this.workbench = workbench;
    this.server = server;
  }

  /** A server judging on {@code workers} threads over {@code home}. */
  static SharedServerFixture start(Path home, int workers) {
    String schema = "shared_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_POSTGRES"))) {
        throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL answers");
    }
    Workbench workbench = new Workbench(home, List.of(), w -> {});
    workbench.usePostgres(PostgresServerTest.POSTGRES + "&currentSchema=" + schema);
    AllcloseServer server =
        new AllcloseServer(workbench, workers, 50, new Access.Accounts(SiteOrigin.loopback()), null)
            .start(0);
    return new SharedServerFixture(schema, workbench, server);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A new account, signed in through its invitation as a new user is. */
  User newUser(String email, Role role) {
    Invitation invitation = workbench.accounts().createUser("test", email, role);
    User u = new User(email);
    Http.Response r =
        u.post(
            "/api/invitations",
            "{\"token\": \"" + invitation.token() + "\", \"password\": \"" + PASSWORD + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(u.csrf).isNotEmpty();
    return u;
  }

  /** Submits {@code source} as {@code user} and waits for the run's end; the run as it ended. */
  static JsonNode runToEnd(User user, String problem, String source) throws InterruptedException {
    Http.Response started =
        user.post(
            "/api/problems/" + problem + "/runs",
            ServerFixture.runBody("python", source, "submit"));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run = user.get("/api/runs/" + id).json();
      String state = run.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + id + " did not end in 3 minutes");
  }

  /** The password {@link #newUser} chooses. */
  static final String PASSWORD = "correct horse 1";

  @Override
  public void close() throws SQLException {
    List<String> workspaces = new ArrayList<>();
    workbench.accounts().users().forEach(a -> workspaces.add(a.workspace()));
    server.close();
    try (Connection c = DriverManager.getConnection(PostgresServerTest.POSTGRES);
        Statement s = c.createStatement()) {
      for (String w : workspaces) {
        s.execute("DROP SCHEMA IF EXISTS " + w + " CASCADE");
      }
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
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

    Http.Response send(String method, String path, @Nullable String body) {
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
