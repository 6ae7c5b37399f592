package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Option(names = "--hints", paramLabel = "N", description = "Also print the first N hint levels.")
  int hints;

  @Option(names = "--editorial", description = "Also print the editorial (the worked solution).")
  boolean editorial;

  @Override
  public Integer call() {
    ProblemPackage p = root.services().problem(problem);
    ProblemMetadata m = p.metadata();
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
    List<String> levels = p.hints();
    if (hints < 0 || hints > levels.size()) {
      throw new UserError("--hints must be between 0 and " + levels.size() + " for this problem");
    }
    for (int i = 0; i < hints; i++) {
      out.println();
      out.println("## Hint " + (i + 1));
      out.println(levels.get(i).strip());
    }
    if (editorial) {
      out.println();
      out.println(p.editorial().strip());
    }
    out.flush();
    return 0;
  }
}
