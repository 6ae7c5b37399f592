package dev.allclose.cli.commands;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose talk plan}: the same budget as {@code allclose talk}. */
@Command(name = "plan", description = "The slide budget and timebox by section.")
public final class TalkPlanCommand implements Callable<Integer> {
  @ParentCommand TalkCommand talk;
  @Spec CommandSpec spec;

  @Option(names = "--minutes", paramLabel = "N", description = "30, 45 or 60.")
  @Nullable Integer minutes;

  @Override
  public Integer call() {
    TalkCommand.printPlan(
        talk.root, spec.commandLine().getOut(), minutes != null ? minutes : talk.minutes);
    return 0;
  }
}
