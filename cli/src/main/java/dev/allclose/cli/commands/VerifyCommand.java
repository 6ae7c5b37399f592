package dev.allclose.cli.commands;

import dev.allclose.app.authoring.Authoring;
import dev.allclose.cli.Main;
import dev.allclose.cli.output.Durations;
import dev.allclose.judge.problem.Defect;
import dev.allclose.judge.problem.InvalidPackageException;
import dev.allclose.judge.problem.PackageReader;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.PackageVerification;
import dev.allclose.judge.report.SubmissionCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose problem verify [DIR]}: validates a package (every defect, by file and field),
 * makes its cases and checks that every known submission gets its folder's verdict. Without DIR,
 * does so for the whole catalog.
 */
@Command(
    name = "verify",
    description = "Validate a problem package (or all) and check every known submission's verdict.")
public final class VerifyCommand implements Callable<Integer> {
  @ParentCommand ProblemCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "A package folder; omit to verify the whole catalog.")
  @Nullable Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ProblemPackage> packages = new ArrayList<>();
    boolean ok = true;
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new dev.allclose.cli.UserError(dir + " is not a folder");
      }
      try {
        packages.add(PackageReader.read(dir, ProblemPackage.Origin.USER));
      } catch (InvalidPackageException e) {
        printDefects(out, e);
        return Main.REJECTED;
      }
    } else {
      packages.addAll(parent.root.services().catalog().problems());
      for (InvalidPackageException e : parent.root.services().catalog().broken()) {
        printDefects(out, e);
        ok = false;
      }
    }
    Authoring authoring = parent.root.services().workbench().authoring();
    for (ProblemPackage p : packages) {
      out.println("#" + p.metadata().number() + " " + p.slug());
      out.flush();
      PackageVerification v = authoring.verify(p, check -> print(out, check));
      if (!v.caseProblem().isEmpty()) {
        out.println("  cases: " + v.caseProblem().replace("\n", "\n  "));
      }
      ok &= v.ok();
    }
    out.println(ok ? "All verified." : "Verification failed.");
    out.flush();
    return ok ? Main.ACCEPTED : Main.REJECTED;
  }

  private static void print(PrintWriter out, SubmissionCheck c) {
    String mark = c.ok() ? "ok  " : "FAIL";
    out.printf(
        "  %s %-45s expected %-13s got %-13s %s%n",
        mark,
        c.submission().name(),
        c.submission().expected().id(),
        c.actual().id(),
        Durations.ofMillis((double) c.timeMs()));
    if (!c.ok()) {
      out.println("       " + c.message());
    }
    out.flush();
  }

  private static void printDefects(PrintWriter out, InvalidPackageException e) {
    out.println(
        e.root()
            + ": invalid package, "
            + e.defects().size()
            + (e.defects().size() == 1 ? " defect" : " defects"));
    for (Defect d : e.defects()) {
      out.println("  " + d);
    }
  }
}
