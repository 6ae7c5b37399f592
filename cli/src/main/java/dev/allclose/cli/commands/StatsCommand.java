package dev.allclose.cli.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose stats}: the statistics of experimental design, usable on their own. */
@Command(
    name = "stats",
    description =
        "Statistics for experiments: seeds from a power analysis, comparing two arms, adjusting p-values.",
    subcommands = {StatsPowerCommand.class, StatsCompareCommand.class, StatsAdjustCommand.class})
public final class StatsCommand implements Callable<Integer> {
  @ParentCommand dev.allclose.cli.AllcloseCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
