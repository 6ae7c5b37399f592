package dev.allclose.app;

import dev.allclose.app.accounts.AccountService;
import dev.allclose.app.authoring.Authoring;
import dev.allclose.app.cohorts.CohortService;
import dev.allclose.app.day.InterviewDays;
import dev.allclose.app.day.Stories;
import dev.allclose.app.day.Talks;
import dev.allclose.app.derivation.Derivations;
import dev.allclose.app.interviews.TimedInterviews;
import dev.allclose.app.judging.Judging;
import dev.allclose.app.judging.KeptJudges;
import dev.allclose.app.offers.Offers;
import dev.allclose.app.plan.StudyPlanning;
import dev.allclose.app.practice.Practice;
import dev.allclose.app.practice.ProgressReport;
import dev.allclose.app.practice.Tracker;
import dev.allclose.app.reviews.ProblemReviews;
import dev.allclose.app.rounds.MockInterviews;
import dev.allclose.app.rounds.RoundSessions;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.judge.Judge;
import dev.allclose.judge.JudgeSettings;
import dev.allclose.judge.PackageVerifier;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.InvalidPackageException;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.ProblemSource;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.run.PythonRunner;
import dev.allclose.problems.BuiltInProblems;
import dev.allclose.store.SqliteLibrary;
import dev.allclose.store.Store;
import dev.allclose.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The product for one home folder, its parts made on first use: the catalog (built-in problems,
 * {@code <home>/problems} and the extra folders given), the database ({@code <home>/allclose.db})
 * and the judge (cases cached under {@code <home>/cache}, runs in a temporary folder of the
 * process). Shared by the command line and the web server; thread-safe.
 */
public final class Workbench {
  private final Path home;
  private final List<Path> problemDirs;
  private final Consumer<String> warnings;
  private final Clock clock;
  private @Nullable ProblemCatalog catalog;
  private @Nullable Store store;
  private @Nullable Judge judge;
  private final @Nullable KeptJudges kept;
  private @Nullable CaseStore caseStore;
  private @Nullable Isolation isolation;
  private boolean homePrepared;
  private Store.Connections connections = Store.Connections.PER_USE;
  private @Nullable String postgresUrl;
  private final Tracker tracker;
  private final Practice practice;
  private final Derivations derivations;
  private final TimedInterviews interviews;
  private final ProblemReviews reviews;
  private final RoundSessions rounds;
  private final MockInterviews mockInterviews;
  private final Offers offers;
  private final InterviewDays interviewDays;
  private final Stories stories;
  private final Judging judging;
  private final Authoring authoring;
  private final Talks talks;
  private final StudyPlanning studyPlanning;
  private final AccountService accounts;
  private final CohortService cohorts;
  private @Nullable QuestionBank bank;
  private @Nullable Rubric rubric;

  /** The server's workbench that a workspace's shares its catalog and judge with; null for it. */
  private final @Nullable Workbench parent;

  /** The account's workspace (schema) this workbench's data is in; null for the server's own. */
  private final @Nullable String workspace;

  private final Map<String, Workbench> workspaces = new HashMap<>();
  private final Map<String, Store> workspaceStores = new HashMap<>();

  public Workbench(Path home, List<Path> problemDirs, Consumer<String> warnings) {
    this(home, problemDirs, warnings, Clock.systemUTC());
  }

  /**
   * @param warnings where to say that a user package was skipped because it is broken
   * @param clock what stamps the rows the database stores
   */
  public Workbench(Path home, List<Path> problemDirs, Consumer<String> warnings, Clock clock) {
    this(home, problemDirs, warnings, clock, null);
  }

  /**
   * As above, with the judges a long-lived process keeps between commands ({@code kept}), or null
   * for a judge of this workbench's own.
   */
  public Workbench(
      Path home,
      List<Path> problemDirs,
      Consumer<String> warnings,
      Clock clock,
      @Nullable KeptJudges kept) {
    this(home, problemDirs, warnings, clock, kept, null, null);
  }

  private Workbench(
      Path home,
      List<Path> problemDirs,
      Consumer<String> warnings,
      Clock clock,
      @Nullable KeptJudges kept,
      @Nullable Workbench parent,
      @Nullable String workspace) {
    this.parent = parent;
    this.workspace = workspace;
    this.kept = kept;
    this.home = home;
    this.problemDirs = List.copyOf(problemDirs);
    this.warnings = warnings;
    this.clock = clock;
    this.tracker = new Tracker(this::store, clock);
    this.practice = new Practice(this::store, tracker, this::assessmentClock);
    this.derivations = new Derivations(this::store, this::rubric, practice);
    this.interviews = new TimedInterviews(this::store, this::catalog, clock);
    this.reviews = new ProblemReviews(this::store, this::catalog, this::bank, clock);
    this.rounds = new RoundSessions(this::store);
    this.mockInterviews = new MockInterviews(this::store, this::bank, this::rubric, clock);
    this.offers = new Offers(this::store);
    this.interviewDays = new InterviewDays(this::store);
    this.stories = new Stories(this::store);
    this.judging = new Judging(this::judge, this::store, this::isolation);
    this.authoring = new Authoring(this::judge, this::verifier);
    this.talks = new Talks(this::store);
    this.studyPlanning = new StudyPlanning(this::store, this::catalog, reviews, clock);
    this.accounts = new AccountService(this::store, clock);
    this.cohorts = new CohortService(this, clock);
  }

  /**
   * The practice data of one account of a shared server: a workbench on the same catalog, judge and
   * home folder as this one, whose database is the account's own schema of this workbench's
   * PostgreSQL database (made on first use). One per name, kept.
   *
   * @param name the account's workspace, as {@link AccountService} stores it
   */
  public synchronized Workbench workspace(String name) {
    if (parent != null) {
      return parent.workspace(name);
    }
    return workspaces.computeIfAbsent(
        name, n -> new Workbench(home, problemDirs, warnings, clock, kept, this, n));
  }

  /**
   * A timed assessment of the workspace's owner running on {@code p}, in words; empty for the
   * server's own data, which no cohort has.
   */
  private Optional<String> assessmentClock(ProblemPackage p) {
    return parent == null || workspace == null
        ? Optional.empty()
        : parent.cohorts().runningAssessment(workspace, p.slug());
  }

  /** The workspace this workbench's data is in, or null for the server's own database. */
  public @Nullable String workspaceName() {
    return workspace;
  }

  /** The cohorts of a shared server, in this workbench's database. */
  public CohortService cohorts() {
    return parent != null ? parent.cohorts() : cohorts;
  }

  /** The accounts of a shared server, in this workbench's database. */
  public AccountService accounts() {
    return parent != null ? parent.accounts() : accounts;
  }

  /** The research talk's outline and rehearsals. */
  public Talks talks() {
    return talks;
  }

  /** The study plan up to the interview. */
  public StudyPlanning studyPlanning() {
    return studyPlanning;
  }

  /** Checking a problem package and calibrating its time limit. */
  public Authoring authoring() {
    return authoring;
  }

  /** Judging solutions and recording the runs. */
  public Judging judging() {
    return judging;
  }

  /** The story bank and project briefs. */
  public Stories stories() {
    return stories;
  }

  /** The interviews prepared for: questions picked to ask, checklists ticked. */
  public InterviewDays interviewDays() {
    return interviewDays;
  }

  /** The offers the user keeps, and their comparison. */
  public Offers offers() {
    return offers;
  }

  /** The built-in question bank (questions, critique papers, design and open-problem prompts). */
  public synchronized QuestionBank bank() {
    if (parent != null) {
      return parent.bank();
    }
    if (bank == null) {
      bank = QuestionBank.builtIn();
    }
    return bank;
  }

  /** Scores answers against the bank's rubrics. */
  public synchronized Rubric rubric() {
    if (parent != null) {
      return parent.rubric();
    }
    if (rubric == null) {
      rubric = new Rubric(bank());
    }
    return rubric;
  }

  /** The stored sessions of the critique, design and open-problem rounds. */
  public RoundSessions rounds() {
    return rounds;
  }

  /** The mock interview round. */
  public MockInterviews mockInterviews() {
    return mockInterviews;
  }

  /** The clock that stamps what is stored and times sessions. */
  public Clock clock() {
    return clock;
  }

  /** The catalog with each problem's status, attempts, time and note. */
  public Tracker tracker() {
    return tracker;
  }

  /** Working on a problem: its clock, hints, editorial, drafts and note, and their rules. */
  public Practice practice() {
    return practice;
  }

  /** The derivations problems ask for: scored, stored and shown beside the model one. */
  public Derivations derivations() {
    return derivations;
  }

  /** The progress page's data: the tracker of the whole catalog, its charts and the sessions. */
  public ProgressReport progress() {
    return tracker.report(catalog().problems(), interviews.list());
  }

  /** Timed interview sessions, one at a time. */
  public TimedInterviews interviews() {
    return interviews;
  }

  /** The problems' place in the spaced-repetition schedule and the study plan. */
  public ProblemReviews reviews() {
    return reviews;
  }

  public Path home() {
    return home;
  }

  public List<Path> problemDirs() {
    return problemDirs;
  }

  public synchronized ProblemCatalog catalog() {
    if (parent != null) {
      return parent.catalog();
    }
    if (catalog == null) {
      List<ProblemSource> sources = new ArrayList<>();
      sources.add(new BuiltInProblems());
      sources.add(ProblemSource.folder(home.resolve("problems")));
      problemDirs.forEach(d -> sources.add(ProblemSource.folder(d)));
      catalog = ProblemCatalog.load(sources);
      for (InvalidPackageException broken : catalog.broken()) {
        warnings.accept(
            "skipped the broken package "
                + broken.root()
                + ": "
                + broken.defects().get(0)
                + (broken.defects().size() > 1
                    ? " (and "
                        + (broken.defects().size() - 1)
                        + " more; see `allclose problem verify "
                        + broken.root()
                        + "`)"
                    : ""));
      }
    }
    return catalog;
  }

  /** A problem by number or slug. */
  public ProblemPackage problem(String ref) {
    return catalog()
        .find(ref)
        .orElseThrow(
            () ->
                AppException.notFound(
                    "no problem '"
                        + ref
                        + "' in the catalog; `allclose list` shows every problem"));
  }

  /** Makes the home folder for its owner only, once, before the first part that writes there. */
  private synchronized void prepareHome() {
    if (!homePrepared) {
      HomeFolder.prepare(home);
      homePrepared = true;
    }
  }

  public Store store() {
    if (parent != null && workspace != null) {
      return parent.workspaceStore(workspace);
    }
    return ownStore();
  }

  private synchronized Store ownStore() {
    if (store == null) {
      prepareHome();
      try {
        if (postgresUrl != null) {
          store = Store.openPostgres(postgresUrl, clock);
        } else {
          SqliteLibrary.useFolder(home.resolve("cache").resolve("native"));
          store = Store.openSqlite(home.resolve("allclose.db"), clock, connections);
        }
      } catch (StoreException e) {
        throw new AppException(String.valueOf(e.getMessage()));
      }
    }
    return store;
  }

  /** A workspace's store, through this workbench's pool; opened (and migrated) once. */
  private synchronized Store workspaceStore(String name) {
    Store open = workspaceStores.get(name);
    if (open == null) {
      try {
        open = ownStore().workspace(name);
      } catch (StoreException e) {
        throw new AppException(String.valueOf(e.getMessage()));
      }
      workspaceStores.put(name, open);
    }
    return open;
  }

  /**
   * From now on the database keeps its connections open between uses, until {@link #closeDatabase}:
   * for a long-lived server, where opening one per use costs milliseconds on every request.
   */
  public synchronized void keepDatabaseOpen() {
    if (parent != null) {
      parent.keepDatabaseOpen();
      return;
    }
    if (connections != Store.Connections.KEPT) {
      connections = Store.Connections.KEPT;
      if (postgresUrl == null && store != null) {
        // a SQLite store opened per use holds nothing open; the next use opens a kept one
        store.close();
        store = null;
      }
    }
  }

  /**
   * From now on the data is in the PostgreSQL database at {@code url} (a shared server's), with
   * kept connections, instead of the home folder's SQLite file.
   *
   * @param url {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, with {@code ?user=...} as needed
   */
  public synchronized void usePostgres(String url) {
    if (parent != null) {
      throw new IllegalStateException("a workspace uses its server's database");
    }
    closeDatabase();
    postgresUrl = url;
  }

  /**
   * Where the data is kept, for messages: the home folder, or the database's address (no password).
   */
  public synchronized String dataLocation() {
    return postgresUrl != null ? Store.redacted(postgresUrl) : home.toString();
  }

  /**
   * Closes the kept connections; a later use opens the database again (SQLite: one connection per
   * use).
   */
  public synchronized void closeDatabase() {
    if (parent != null) {
      parent.closeDatabase();
      return;
    }
    // a workspace's store closes nothing of its own: it uses this store's pool
    workspaceStores.clear();
    connections = Store.Connections.PER_USE;
    if (store != null) {
      store.close();
      store = null;
    }
  }

  public synchronized CaseStore caseStore() {
    if (parent != null) {
      return parent.caseStore();
    }
    if (caseStore == null) {
      prepareHome();
      caseStore =
          new CaseStore(home.resolve("cache").resolve("cases"), PythonRunner.defaultPython());
    }
    return caseStore;
  }

  /** How solutions run here: in the sandbox, or without one and why. Found once. */
  public synchronized Isolation isolation() {
    if (parent != null) {
      return parent.isolation();
    }
    if (isolation == null) {
      prepareHome();
      isolation = Isolation.detect(home.resolve("cache"));
    }
    return isolation;
  }

  /**
   * The judge. Its runs work in a folder of this process under the system's temporary folder, not
   * under the home folder: where no sandbox hides the home folder, a solution's stray relative
   * write ({@code ../../../allclose.db}) then lands nowhere near the user's data.
   */
  public synchronized Judge judge() {
    if (parent != null) {
      return parent.judge();
    }
    if (judge == null) {
      judge = kept == null ? newJudge() : kept.forHome(home, this::newJudge);
    }
    return judge;
  }

  private Judge newJudge() {
    return Judge.of(
        caseStore(), isolation().launcher(), RunFolders.create(), JudgeSettings.DEFAULT);
  }

  public PackageVerifier verifier() {
    return new PackageVerifier(judge(), caseStore());
  }
}
