package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose admin}: the first admin and the invitations of a shared server, on the real
 * PostgreSQL, each test in a schema of its own.
 */
class AdminCliTest {
  static final String POSTGRES =
      System.getenv()
          .getOrDefault(
              "ALLCLOSE_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @TempDir Path tmp;
  String schema;

  @BeforeEach
  void createSchema() {
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      schema = "admin_cli_" + UUID.randomUUID().toString().replace("-", "");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_POSTGRES"))) {
        throw new AssertionError("PostgreSQL: " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL answers");
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(POSTGRES);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private CliHarness.Run admin(Map<String, String> extra, String... args) {
    Map<String, String> variables = new HashMap<>(extra);
    variables.put("ALLCLOSE_HOME", tmp.resolve("home").toString());
    variables.put("USER", "root");
    Environment env =
        new Environment(
            variables,
            tmp,
            false,
            new ByteArrayInputStream(new byte[0]),
            new CliHarness.TestClock(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("UTC")));
    return CliHarness.execute(env, args);
  }

  private String database() {
    return POSTGRES + "&currentSchema=" + schema;
  }

  @Test
  void createUserPrintsAOneTimeLinkAndAuditsIt() {
    CliHarness.Run created =
        admin(
            Map.of("ALLCLOSE_ORIGIN", "https://allclose.example.org"),
            "admin",
            "create-user",
            "Coach@Example.org",
            "--role",
            "coach",
            "--database",
            database());
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out())
        .contains("Send this link to coach@example.org (coach)")
        .containsPattern("https://allclose\\.example\\.org/invite#[A-Za-z0-9_-]{43}");

    CliHarness.Run again =
        admin(
            Map.of(),
            "admin",
            "create-user",
            "coach@example.org",
            "--role",
            "coach",
            "--database",
            database());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err().strip())
        .isEqualTo(
            "allclose: there is already an account for coach@example.org; to send a new link, use"
                + " `allclose admin invite coach@example.org`");

    CliHarness.Run users = admin(Map.of("ALLCLOSE_DATABASE", database()), "admin", "users");
    assertThat(users.out()).containsPattern("coach@example.org\\s+coach\\s+invited");
    CliHarness.Run audit = admin(Map.of("ALLCLOSE_DATABASE", database()), "admin", "audit");
    assertThat(audit.out()).contains("create-user").contains("coach@example.org").contains("cli:");
  }

  @Test
  void mistakesGetOneLineThatSaysWhatToDo() {
    CliHarness.Run noDatabase =
        admin(Map.of(), "admin", "create-user", "a@b.org", "--role", "admin");
    assertThat(noDatabase.exit()).isEqualTo(2);
    assertThat(noDatabase.err()).contains("--database").hasLineCount(1);

    CliHarness.Run badRole =
        admin(
            Map.of(),
            "admin",
            "create-user",
            "a@b.org",
            "--role",
            "king",
            "--database",
            database());
    assertThat(badRole.err().strip())
        .isEqualTo("allclose: no role 'king'; a role is one of admin, coach, candidate");

    CliHarness.Run badEmail =
        admin(
            Map.of(),
            "admin",
            "create-user",
            "not-an-email",
            "--role",
            "admin",
            "--database",
            database());
    assertThat(badEmail.err()).contains("is not an email address").hasLineCount(1);
  }
}
