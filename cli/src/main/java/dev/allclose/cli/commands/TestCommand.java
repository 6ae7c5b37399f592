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

/** {@code allclose test}: runs a solution on the visible sample cases. */
@Command(
    name = "test",
    description = "Run a solution on the sample cases. Exit 0 when all pass, 1 otherwise.")
public final class TestCommand implements Callable<Integer> {
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
    return JudgeCommand.run(root, spec, problem, file, Mode.TEST, json);
  }
}
