package dev.allclose.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
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

  /** A workspace's schema: a lower-case SQL identifier, safe to write into a statement. */
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final Jdbi jdbi;
  private final Clock clock;
  private final DataSource source;
  private final @Nullable HikariDataSource pool;
  private final boolean postgres;

  /** Connections outside the pool, for {@link #runSignals}: a PostgreSQL server's own store. */
  private final @Nullable DataSource direct;

  /**
   * @param source where the connections come from (the pool, when there is one)
   * @param pool the pool this store owns and closes, if any
   * @param direct where a PostgreSQL store makes connections outside its pool, or null
   */
  private Store(
      DataSource source,
      Clock clock,
      @Nullable HikariDataSource pool,
      boolean postgres,
      @Nullable DataSource direct) {
    this.jdbi = Jdbi.create(source);
    this.direct = direct;
    this.source = source;
    this.clock = clock;
    this.pool = pool;
    this.postgres = postgres;
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
    migrate(Migrations.PRACTICE, source, file.toString(), null);
    OwnerOnly.restrict(file, Path.of(file + "-wal"), Path.of(file + "-shm"));
    return connections == Connections.KEPT
        ? pooled(source, clock, file.toString(), null)
        : new Store(source, clock, null, false, null);
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
    String schema;
    try (Connection c = source.getConnection()) {
      c.isValid(CONNECT_SECONDS);
      schema = c.getSchema();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot reach the database " + where + ": " + firstLine(e.getMessage()), e);
    }
    migrate(Migrations.PRACTICE, source, where, null);
    return pooled(source, clock, where, schema == null ? "public" : schema);
  }

  /**
   * Listens for the changes of runs in this PostgreSQL database, in every workspace, handing each
   * changed run's id to {@code onRun} on the listener's thread until the result is closed (see
   * {@link RunSignals}); empty for SQLite, whose runs change only in the process that reads them.
   */
  public Optional<RunSignals> runSignals(Consumer<String> onRun) {
    DataSource d = direct;
    return d == null ? Optional.empty() : Optional.of(new RunSignals(d, onRun));
  }

  /** The address with its password, if any, hidden: it goes into messages and logs. */
  public static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String firstLine(@Nullable String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /**
   * The database through a pool over {@code source}, opened once migrated.
   *
   * @param schema the PostgreSQL schema its connections use, which the pool sets back on a
   *     connection that a workspace used; null for SQLite
   */
  private static Store pooled(DataSource source, Clock clock, String where, @Nullable String schema)
      throws StoreException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName("allclose-db");
    config.setMaximumPoolSize(KEPT_CONNECTIONS);
    // connections are made as the load asks for them, not all at once
    config.setMinimumIdle(1);
    // a request waits this long for a connection when the database is down, then fails (the
    // server answers 503) instead of hanging for Hikari's default 30 s
    config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(CONNECT_SECONDS));
    if (schema != null) {
      config.setSchema(schema);
    }
    try {
      HikariDataSource pool = new HikariDataSource(config);
      // a PostgreSQL store also keeps its source, to listen on a connection of its own
      return new Store(pool, clock, pool, schema != null, schema != null ? source : null);
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

  /**
   * Runs the migrations {@code source} lacks.
   *
   * @param schema the PostgreSQL schema to make and migrate, or null for the connection's own
   */
  private static void migrate(
      Migrations migrations, DataSource source, String where, @Nullable String schema)
      throws StoreException {
    if (migrations.upToDate(source)) {
      return;
    }
    try {
      FluentConfiguration flyway =
          Flyway.configure()
              .dataSource(source)
              .locations(migrations.flywayLocation())
              .table(migrations.historyTable())
              // Features add their tables in their own ranges of versions (V1-V9 practice,
              // V10-V19 rounds and reviews, V20-V29 planning, V30-V39 shared server), so a
              // database made by one build may lack a lower version that a later build ships;
              // each migration only adds its own tables.
              .outOfOrder(true)
              .loggers(FlywayLog.class.getName());
      if (schema != null) {
        flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
      }
      if (migrations == Migrations.ACCOUNTS) {
        // the accounts share their schema with the server's own practice tables: Flyway starts
        // their history at version 0 instead of refusing a schema that is not empty
        flyway.baselineOnMigrate(true).baselineVersion("0");
      }
      flyway.load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the database " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes and migrates the tables of a shared server's accounts (users, invitations, sessions,
   * failed sign-ins, audit log), if this database lacks them; on SQLite and PostgreSQL alike.
   */
  public void enableAccounts() throws StoreException {
    migrate(Migrations.ACCOUNTS, source, "of the accounts", null);
  }

  /**
   * An account's practice data: the schema {@code name} of this PostgreSQL database, made and
   * migrated on first use, read and written through this store's pool (see {@link SchemaSource}).
   * Closing it closes nothing; this store's {@link #close} closes the pool.
   *
   * @throws StoreException when this is not a PostgreSQL store, the name is not a plain lower-case
   *     identifier, or the schema cannot be made
   */
  public Store workspace(String name) throws StoreException {
    if (!postgres) {
      throw new StoreException(
          "accounts keep their data in PostgreSQL schemas; serve with --database"
              + " jdbc:postgresql://...",
          null);
    }
    if (!SCHEMA_NAME.matcher(name).matches()) {
      throw new StoreException("not a workspace name: " + name, null);
    }
    DataSource inSchema = new SchemaSource(source, name);
    migrate(Migrations.PRACTICE, inSchema, "workspace " + name, name);
    return new Store(inSchema, clock, null, true, null);
  }

  /** The accounts of a shared server; see {@link #enableAccounts}. */
  public Accounts accounts() {
    return new Accounts(jdbi, clock);
  }

  /** The signed-in browsers of a shared server and its failed sign-ins. */
  public Sessions sessions() {
    return new Sessions(jdbi, clock);
  }

  /** The cohorts of a shared server and their assignments. */
  public Cohorts cohorts() {
    return new Cohorts(jdbi, clock);
  }

  /** What the admins of a shared server did. */
  public AuditLog audit() {
    return new AuditLog(jdbi, clock);
  }

  public Attempts attempts() {
    return new Attempts(jdbi, clock);
  }

  public Submissions submissions() {
    return new Submissions(jdbi, clock);
  }

  /** The runs a server accepted and has not forgotten. */
  public Runs runs() {
    return new Runs(jdbi, clock, postgres);
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
