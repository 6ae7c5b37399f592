package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.judge.problem.ProblemPackage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose note}: sets (or extends) a problem's note in the tracker. */
@Command(
    name = "note",
    description = "Set the tracker note of a problem (or add a line with --append).")
public final class NoteCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Parameters(
      index = "1..*",
      paramLabel = "TEXT",
      description = "The note; several words are joined with spaces.")
  List<String> words;

  @Option(names = "--append", description = "Add a line to the note instead of replacing it.")
  boolean append;

  @Override
  public Integer call() {
    ProblemPackage p = root.services().problem(problem);
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new UserError("the note is empty; give its text after the problem");
    }
    root.services().workbench().practice().note(p, text, append);
    spec.commandLine()
        .getOut()
        .println("Noted for #" + p.metadata().number() + " " + p.metadata().title() + ".");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
