package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --database}: a database it cannot use stops it at once, with one line. */
class ServeDatabaseCliTest {
  @TempDir Path tmp;

  private CliHarness.Run serve(Map<String, String> variables, String... args) {
    Environment env =
        new Environment(
            variables,
            tmp,
            false,
            new ByteArrayInputStream(new byte[0]),
            new CliHarness.TestClock(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("UTC")));
    return CliHarness.execute(env, args);
  }

  @Test
  void anAddressThatIsNotPostgresIsRefused() {
    CliHarness.Run r =
        serve(
            Map.of("ALLCLOSE_HOME", tmp.resolve("home").toString()),
            "serve",
            "--port",
            "0",
            "--database",
            "postgres://db/allclose");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "allclose: not a PostgreSQL address: postgres://db/allclose; write"
                + " jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void anUnreachableDatabaseFromTheEnvironmentIsNamedWithoutItsPassword() {
    CliHarness.Run r =
        serve(
            Map.of(
                "ALLCLOSE_HOME",
                tmp.resolve("home").toString(),
                "ALLCLOSE_DATABASE",
                "jdbc:postgresql://127.0.0.1:1/allclose?user=a&password=hunter2"),
            "serve",
            "--port",
            "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "allclose: cannot reach the database"
                + " jdbc:postgresql://127.0.0.1:1/allclose?user=a&password=***:")
        .doesNotContain("hunter2");
    assertThat(r.out()).doesNotContain("serving");
  }
}
