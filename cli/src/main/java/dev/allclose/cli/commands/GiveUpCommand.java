package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose give-up}: records that the user gave up, which opens the editorial. */
@Command(
    name = "give-up",
    description =
        "Give up on a problem: this is recorded in the tracker and opens its editorial, which is"
            + " printed.")
public final class GiveUpCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Override
  public Integer call() {
    ProblemPackage p = root.services().problem(problem);
    String editorial = root.services().workbench().practice().giveUp(p);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Gave up on #"
            + p.metadata().number()
            + " "
            + p.metadata().title()
            + "; its editorial is open (here, with `allclose show "
            + p.metadata().number()
            + " --editorial` and in the web app).");
    out.println();
    out.println(editorial.strip());
    out.flush();
    return 0;
  }
}
