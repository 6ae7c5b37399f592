package dev.allclose.cli.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose problem}: tools for problem packages. */
@Command(
    name = "problem",
    description = "Tools for problem packages: verify one or all, calibrate time limits.",
    subcommands = {VerifyCommand.class, CalibrateCommand.class})
public final class ProblemCommand implements Callable<Integer> {
  @ParentCommand dev.allclose.cli.AllcloseCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
