package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database for one run of a store test, on SQLite or on PostgreSQL: the tests that take
 * one run on both ({@code @MethodSource("dev.allclose.store.TestDatabase#both")}), so the same
 * migrations and the same queries are checked on each. Each name given to {@link #open} is its own
 * database (a file, or a schema of the PostgreSQL database); opening a name again reopens it.
 * Closing closes every store opened and removes the databases.
 *
 * <p>PostgreSQL is the one at {@code ALLCLOSE_TEST_POSTGRES} (by default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); where none answers the tests run on SQLite
 * only, unless {@code ALLCLOSE_REQUIRE_POSTGRES=1} (set by {@code .ci/run}) makes that a failure.
 */
public final class TestDatabase implements AutoCloseable {
  /** The kinds of database the product runs on. */
  public enum Kind {
    SQLITE,
    POSTGRES
  }

  private static final String DEFAULT_POSTGRES =
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static @Nullable Boolean postgresAnswers;

  private final Kind kind;
  private final Map<String, String> places = new LinkedHashMap<>();
  private final List<Store> opened = new ArrayList<>();
  private @Nullable Path folder;

  private TestDatabase(Kind kind) {
    this.kind = kind;
  }

  /** A SQLite database, and a PostgreSQL one where the server answers (or must). */
  public static Stream<TestDatabase> both() {
    return postgresAvailable()
        ? Stream.of(new TestDatabase(Kind.SQLITE), new TestDatabase(Kind.POSTGRES))
        : Stream.of(new TestDatabase(Kind.SQLITE));
  }

  /** One database of the given kind (a PostgreSQL one only where it is available). */
  public static TestDatabase of(Kind kind) {
    return new TestDatabase(kind);
  }

  public Kind kind() {
    return kind;
  }

  /** Opens (creating and migrating on first use) the database called {@code name}. */
  public Store open(String name) throws StoreException {
    return open(name, Clock.systemUTC());
  }

  public Store open(String name, Clock clock) throws StoreException {
    Store store =
        switch (kind) {
          case SQLITE -> Store.openSqlite(sqliteFile(name), clock);
          case POSTGRES -> Store.openPostgres(schemaUrl(name), clock);
        };
    opened.add(store);
    return store;
  }

  /** The address {@link Store#openPostgres} takes for the PostgreSQL database the tests use. */
  public static String postgresUrl() {
    String url = System.getenv("ALLCLOSE_TEST_POSTGRES");
    return url == null || url.isBlank() ? DEFAULT_POSTGRES : url;
  }

  /** Whether the PostgreSQL server answers; a failure when it must and does not. */
  public static synchronized boolean postgresAvailable() {
    if (postgresAnswers == null) {
      String why = "";
      try (Connection c = DriverManager.getConnection(postgresUrl())) {
        postgresAnswers = c.isValid(5);
      } catch (SQLException e) {
        postgresAnswers = false;
        why = String.valueOf(e.getMessage());
      }
      if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_POSTGRES"))) {
        assertThat(postgresAnswers).as("PostgreSQL at " + postgresUrl() + ": " + why).isTrue();
      }
    }
    return postgresAnswers;
  }

  private Path sqliteFile(String name) {
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("allclose-store-test");
      }
      return folder.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PostgreSQL database called {@code name}, as plain connections to it. */
  public DataSource postgresSource(String name) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(schemaUrl(name));
    return source;
  }

  private String schemaUrl(String name) {
    String schema =
        places.computeIfAbsent(
            name,
            n -> {
              String s = "test_" + UUID.randomUUID().toString().replace("-", "");
              execute("CREATE SCHEMA " + s);
              return s;
            });
    String url = postgresUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops schemas a test made itself (accounts' workspaces), whatever they hold. */
  public void dropSchemas(String... schemas) {
    for (String s : schemas) {
      execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(postgresUrl());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    opened.forEach(Store::close);
    for (String schema : places.values()) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
