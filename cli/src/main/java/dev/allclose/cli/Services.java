package dev.allclose.cli;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.judge.Judge;
import dev.allclose.judge.PackageVerifier;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The product's parts as one command sees them: a {@link Workbench} for the home folder and the
 * {@code --problems} folders, whose user-caused errors become {@link UserError}s (exit 2).
 */
public final class Services {
  private final Workbench workbench;

  public Services(Path home, List<Path> problemDirs, PrintWriter err) {
    this.workbench =
        new Workbench(
            home,
            problemDirs,
            warning -> {
              err.println("allclose: " + warning);
              err.flush();
            });
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

  /** A problem by number or slug, or a {@link UserError} that says how to find one. */
  public ProblemPackage problem(String ref) {
    try {
      return workbench.problem(ref);
    } catch (AppException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  public Store store() {
    try {
      return workbench.store();
    } catch (AppException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  public CaseStore caseStore() {
    return workbench.caseStore();
  }

  public Judge judge() {
    return workbench.judge();
  }

  public PackageVerifier verifier() {
    return workbench.verifier();
  }
}
