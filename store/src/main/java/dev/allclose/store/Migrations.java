package dev.allclose.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Tells whether a database already has every migration this build ships, so that opening it for a
 * command does not pay for Flyway's class-path scan each time. When in doubt (no history table, a
 * migration missing or failed), it says no and Flyway runs as usual.
 */
final class Migrations {
  /** The practice data's migrations: the one-user database, and each account's workspace. */
  static final Migrations PRACTICE = new Migrations("db/migration", "flyway_schema_history");

  /** A shared server's accounts, in its database's own schema. */
  static final Migrations ACCOUNTS = new Migrations("db/accounts", "flyway_accounts_history");

  private static final Pattern VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

  private final String location;
  private final String table;

  private Migrations(String location, String table) {
    this.location = location;
    this.table = table;
  }

  /** Where Flyway finds the scripts. */
  String flywayLocation() {
    return "classpath:" + location;
  }

  /** The table that records which scripts ran. */
  String historyTable() {
    return table;
  }

  boolean upToDate(DataSource source) {
    Set<String> shipped = shipped();
    if (shipped.isEmpty()) {
      return false;
    }
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM " + table + " WHERE success = TRUE AND version IS NOT NULL")) {
      Set<String> applied = new HashSet<>();
      while (rs.next()) {
        applied.add(rs.getString(1));
      }
      return applied.containsAll(shipped);
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }

  /** The versions of the migration scripts in this build, as Flyway writes them ("1", "10"). */
  Set<String> shipped() {
    URL url = Migrations.class.getResource("/" + location);
    if (url == null) {
      return Set.of();
    }
    try {
      URI uri = url.toURI();
      Path dir =
          uri.getScheme().equals("jar") ? fileSystem(uri).provider().getPath(uri) : Path.of(uri);
      Set<String> versions = new HashSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(
            f -> {
              Matcher m = VERSION.matcher(String.valueOf(f.getFileName()).replace("/", ""));
              if (m.matches()) {
                versions.add(m.group(1).replace('_', '.'));
              }
            });
      }
      return versions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      return Set.of();
    }
  }

  private static FileSystem fileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
