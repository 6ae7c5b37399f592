package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.judge.Mode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose submit}: judges a solution on every case and records it. */
@Command(
    name = "submit",
    description =
        "Judge a solution on all cases (sample and hidden) and record it with the time since `start`."
            + " Exit 0 when accepted, 1 when rejected.")
public final class SubmitCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Parameters(index = "1", paramLabel = "FILE", description = "The solution: a .py or .java file.")
  Path file;

  @Option(names = "--json", description = "Print the report as JSON (see docs/report-json.md).")
  boolean json;

  @Override
  public Integer call() {
    return JudgeCommand.run(root, spec, problem, file, Mode.SUBMIT, json);
  }
}
