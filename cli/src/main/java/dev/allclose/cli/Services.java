package dev.allclose.cli;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.app.judging.KeptJudges;
import dev.allclose.app.rounds.MockInterviews;
import dev.allclose.app.rounds.RoundSessions;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.plan.CatalogProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The product's parts as one command sees them: a {@link Workbench} for the home folder and the
 * {@code --problems} folders (its user-caused errors become {@link UserError}s, exit 2), and the
 * built-in question bank of the talk rounds.
 */
public final class Services {
  private final Workbench workbench;

  public Services(Path home, List<Path> problemDirs, PrintWriter err) {
    this(home, problemDirs, err, Clock.systemUTC());
  }

  /** With the clock that stamps what is stored (the environment's, so tests can fix it). */
  public Services(Path home, List<Path> problemDirs, PrintWriter err, Clock clock) {
    this(home, problemDirs, err, clock, null);
  }

  /** With the judges kept by the process between commands (see {@link Environment#judges}). */
  public Services(
      Path home, List<Path> problemDirs, PrintWriter err, Clock clock, @Nullable KeptJudges kept) {
    this.workbench =
        new Workbench(
            home,
            problemDirs,
            warning -> {
              err.println("allclose: " + warning);
              err.flush();
            },
            clock,
            kept);
  }

  public Workbench workbench() {
    return workbench;
  }

  public Path home() {
    return workbench.home();
  }

  public List<Path> problemDirs() {
    return workbench.problemDirs();
  }

  public ProblemCatalog catalog() {
    return workbench.catalog();
  }

  /** The catalog as planning and statistics see it, in catalog order. */
  public List<CatalogProblem> catalogProblems() {
    return catalog().problems().stream().map(CatalogProblem::of).toList();
  }

  /** A problem by number or slug, or a {@link UserError} that says how to find one. */
  public ProblemPackage problem(String ref) {
    try {
      return workbench.problem(ref);
    } catch (AppException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  /** Says in one line on {@code err} that solutions run without a sandbox, when they do. */
  public void warnIfUnsandboxed(PrintWriter err) {
    workbench
        .judging()
        .sandboxWarning()
        .ifPresent(
            w -> {
              err.println("allclose: warning: " + w);
              err.flush();
            });
  }

  /** The built-in question bank (questions, critique papers, design and open-problem prompts). */
  public QuestionBank bank() {
    return workbench.bank();
  }

  /** Scores answers against the bank's rubrics. */
  public Rubric rubric() {
    return workbench.rubric();
  }

  public MockInterviews mockInterviews() {
    return workbench.mockInterviews();
  }

  public RoundSessions rounds() {
    return workbench.rounds();
  }
}
