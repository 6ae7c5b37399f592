package dev.allclose.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The user's database. {@link #openSqlite} opens (and creates, and migrates) a SQLite file in
 * write-ahead-log mode, so a process killed mid-write leaves the last committed state intact; every
 * multi-row write runs in one transaction. Thread-safe.
 *
 * <p>A command opens a connection per use, which suits its few queries; a server asks for {@link
 * Connections#KEPT} and closes the store when it stops.
 */
public final class Store implements AutoCloseable {
  /** How the store holds its connections to the database. */
  public enum Connections {
    /** Opens one for each use and closes it after: nothing stays open between uses. */
    PER_USE,
    /**
     * Keeps a few open in a pool (HikariCP) until {@link #close}: a use then costs no connect, and
     * SQLite does not checkpoint its log after each write, as it does when its last connection
     * closes. For long-lived processes.
     */
    KEPT
  }

  private static final String POSTGRES_PREFIX = "jdbc:postgresql://";
  private static final int CONNECT_SECONDS = 5;

  /** Enough for the server's judge workers and request threads together. */
  private static final int KEPT_CONNECTIONS = 8;

  private final Jdbi jdbi;
  private final Clock clock;
  private final @Nullable HikariDataSource pool;

  private Store(Jdbi jdbi, Clock clock, @Nullable HikariDataSource pool) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.pool = pool;
  }

  public static Store openSqlite(Path file) throws StoreException {
    return openSqlite(file, Clock.systemUTC());
  }

  public static Store openSqlite(Path file, Clock clock) throws StoreException {
    return openSqlite(file, clock, Connections.PER_USE);
  }

  public static Store openSqlite(Path file, Clock clock, Connections connections)
      throws StoreException {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      OwnerOnly.create(file);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create " + file + ": " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Store store = open(source, clock, file.toString());
    OwnerOnly.restrict(file, Path.of(file + "-wal"), Path.of(file + "-shm"));
    return connections == Connections.KEPT ? store.pooled(source, file.toString()) : store;
  }

  /**
   * A PostgreSQL database, for a shared server: migrated with the same scripts as SQLite, then used
   * through kept connections until {@link #close}.
   *
   * @param url {@code jdbc:postgresql://HOST[:PORT]/DB}, with {@code ?user=...&password=...} where
   *     the server asks for them
   */
  public static Store openPostgres(String url, Clock clock) throws StoreException {
    String where = redacted(url);
    if (!url.startsWith(POSTGRES_PREFIX)) {
      throw new StoreException(
          "not a PostgreSQL address: " + where + "; write jdbc:postgresql://HOST[:PORT]/DATABASE",
          null);
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    try {
      source.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new StoreException("cannot read the database address " + where, e);
    }
    source.setConnectTimeout(CONNECT_SECONDS);
    source.setApplicationName("allclose");
    try (Connection c = source.getConnection()) {
      c.isValid(CONNECT_SECONDS);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot reach the database " + where + ": " + firstLine(e.getMessage()), e);
    }
    return open(source, clock, where).pooled(source, where);
  }

  /** The address with its password, if any, hidden: it goes into messages and logs. */
  public static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String firstLine(@Nullable String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** The same database through a pool over {@code source}, opened once migrated. */
  private Store pooled(DataSource source, String where) throws StoreException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName("allclose-db");
    config.setMaximumPoolSize(KEPT_CONNECTIONS);
    // connections are made as the load asks for them, not all at once
    config.setMinimumIdle(1);
    // a request waits this long for a connection when the database is down, then fails (the
    // server answers 503) instead of hanging for Hikari's default 30 s
    config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(CONNECT_SECONDS));
    try {
      HikariDataSource pool = new HikariDataSource(config);
      return new Store(Jdbi.create(pool), clock, pool);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database " + where + ": " + e.getMessage(), e);
    }
  }

  /** Closes the kept connections, if any; a store opened per use holds nothing open. */
  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }

  static Store open(DataSource source, Clock clock, String where) throws StoreException {
    if (Migrations.upToDate(source)) {
      return new Store(Jdbi.create(source), clock, null);
    }
    try {
      Flyway.configure()
          .dataSource(source)
          .locations("classpath:db/migration")
          // Features add their tables in their own ranges of versions (V1-V9 practice, V10-V19
          // rounds and reviews, V20-V29 planning), so a database made by one build may lack a
          // lower version that a later build ships; each migration only adds its own tables.
          .outOfOrder(true)
          .loggers(FlywayLog.class.getName())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the database " + where + ": " + e.getMessage(), e);
    }
    return new Store(Jdbi.create(source), clock, null);
  }

  public Attempts attempts() {
    return new Attempts(jdbi, clock);
  }

  public Submissions submissions() {
    return new Submissions(jdbi, clock);
  }

  /** The runs a server accepted and has not forgotten. */
  public Runs runs() {
    return new Runs(jdbi, clock);
  }

  public Derivations derivations() {
    return new Derivations(jdbi, clock);
  }

  public Notes notes() {
    return new Notes(jdbi, clock);
  }

  public Progress progress() {
    return new Progress(jdbi);
  }

  public Drafts drafts() {
    return new Drafts(jdbi, clock);
  }

  public ProblemStates problemStates() {
    return new ProblemStates(jdbi, clock);
  }

  public InterviewSessions interviews() {
    return new InterviewSessions(jdbi, clock);
  }

  public Practice practice() {
    return new Practice(jdbi, clock);
  }

  public Reviews reviews() {
    return new Reviews(jdbi, clock);
  }

  public SubmissionHistory history() {
    return new SubmissionHistory(jdbi);
  }

  public StudyPlans studyPlans() {
    return new StudyPlans(jdbi, clock);
  }

  public Talks talks() {
    return new Talks(jdbi, clock);
  }

  public StoryBank storyBank() {
    return new StoryBank(jdbi, clock);
  }

  /** The real interviews the user prepares for: questions picked for each, checklist ticks. */
  public Interviews interviewDays() {
    return new Interviews(jdbi, clock);
  }

  public SavedOffers offers() {
    return new SavedOffers(jdbi, clock);
  }
}
