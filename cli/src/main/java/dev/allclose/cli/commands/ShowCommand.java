package dev.allclose.cli.commands;

import dev.allclose.app.practice.Practice;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose show}: a problem's statement in the terminal, maths left as LaTeX. */
@Command(
    name = "show",
    description = "Print a problem's statement (and, on request, hints or the editorial).")
public final class ShowCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PROBLEM",
      description = "Number or slug, e.g. 1 or multi-head-attention.")
  String problem;

  @Option(
      names = "--hints",
      paramLabel = "N",
      description =
          "Also print the hint levels up to N (they stay open; levels opened before are printed"
              + " too).")
  int hints;

  @Option(
      names = "--editorial",
      description = "Also print the editorial, which opens once the problem is solved or given up.")
  boolean editorial;

  @Override
  public Integer call() {
    ProblemPackage p = root.services().problem(problem);
    ProblemMetadata m = p.metadata();
    // Asked first, so that a refusal is the only thing printed
    Practice practice = root.services().workbench().practice();
    List<Practice.Hint> openHints = hints == 0 ? List.of() : practice.revealUpTo(p, hints);
    @Nullable String editorialText = editorial ? practice.editorial(p) : null;
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "#"
            + m.number()
            + " "
            + m.title()
            + " | "
            + m.section().title()
            + " | "
            + m.difficulty().title()
            + " | "
            + m.minutes()
            + " min | "
            + String.join(", ", m.companies()));
    out.println("Concepts: " + String.join(", ", m.concepts()));
    out.println("Why it matters: " + m.why());
    out.println();
    out.println(p.statement().strip());
    if (m.asksForDerivation()) {
      out.println();
      out.println(
          "(Write the derivation with `allclose derive "
              + m.number()
              + "`: it is scored on "
              + m.derivationPoints().size()
              + " key points.)");
    }
    for (Practice.Hint h : openHints) {
      out.println();
      out.println("## Hint " + h.level());
      out.println(h.text().strip());
    }
    if (editorialText != null) {
      out.println();
      out.println(editorialText.strip());
    }
    out.flush();
    return 0;
  }
}
