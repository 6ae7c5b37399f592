package dev.allclose.cli;

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
import dev.allclose.judge.run.JavaRunner;
import dev.allclose.judge.run.LocalProcessLauncher;
import dev.allclose.judge.run.PythonRunner;
import dev.allclose.problems.BuiltInProblems;
import dev.allclose.store.Store;
import dev.allclose.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The product's parts as one command sees them, made on first use: the catalog (built-in problems,
 * {@code $ALLCLOSE_HOME/problems} and every {@code --problems} folder), the database ({@code
 * $ALLCLOSE_HOME/allclose.db}) and the judge (cases cached under {@code $ALLCLOSE_HOME/cache}).
 */
public final class Services {
  private final Path home;
  private final List<Path> problemDirs;
  private final PrintWriter err;
  private final Clock clock;
  private @Nullable ProblemCatalog catalog;
  private @Nullable Store store;
  private @Nullable Judge judge;
  private @Nullable CaseStore caseStore;
  private @Nullable QuestionBank bank;
  private @Nullable Rubric rubric;

  public Services(Path home, List<Path> problemDirs, PrintWriter err) {
    this(home, problemDirs, err, Clock.systemUTC());
  }

  /** With the clock that stamps what is stored (the environment's, so tests can fix it). */
  public Services(Path home, List<Path> problemDirs, PrintWriter err, Clock clock) {
    this.home = home;
    this.problemDirs = List.copyOf(problemDirs);
    this.err = err;
    this.clock = clock;
  }

  public Path home() {
    return home;
  }

  public List<Path> problemDirs() {
    return problemDirs;
  }

  public ProblemCatalog catalog() {
    if (catalog == null) {
      List<ProblemSource> sources = new ArrayList<>();
      sources.add(new BuiltInProblems());
      sources.add(ProblemSource.folder(home.resolve("problems")));
      problemDirs.forEach(d -> sources.add(ProblemSource.folder(d)));
      catalog = ProblemCatalog.load(sources);
      for (InvalidPackageException broken : catalog.broken()) {
        err.println(
            "allclose: skipped the broken package "
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
      err.flush();
    }
    return catalog;
  }

  /** A problem by number or slug, or a {@link UserError} that says how to find one. */
  public ProblemPackage problem(String ref) {
    return catalog()
        .find(ref)
        .orElseThrow(
            () ->
                new UserError(
                    "no problem '"
                        + ref
                        + "' in the catalog; `allclose list` shows every problem"));
  }

  public Store store() {
    if (store == null) {
      try {
        store = Store.openSqlite(home.resolve("allclose.db"), clock);
      } catch (StoreException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
    }
    return store;
  }

  /** The built-in question bank (questions, critique papers, design and open-problem prompts). */
  public QuestionBank bank() {
    if (bank == null) {
      bank = QuestionBank.builtIn();
    }
    return bank;
  }

  /** Scores answers against the bank's rubrics. */
  public Rubric rubric() {
    if (rubric == null) {
      rubric = new Rubric(bank());
    }
    return rubric;
  }

  public CaseStore caseStore() {
    if (caseStore == null) {
      caseStore =
          new CaseStore(home.resolve("cache").resolve("cases"), PythonRunner.defaultPython());
    }
    return caseStore;
  }

  public Judge judge() {
    if (judge == null) {
      LocalProcessLauncher launcher = new LocalProcessLauncher();
      judge =
          new Judge(
              caseStore(),
              List.of(
                  new PythonRunner(launcher, PythonRunner.defaultPython()),
                  new JavaRunner(launcher)),
              home.resolve("work"),
              JudgeSettings.DEFAULT);
    }
    return judge;
  }

  public PackageVerifier verifier() {
    return new PackageVerifier(judge(), caseStore());
  }
}
