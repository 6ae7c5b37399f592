package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.talk.OutlineCheck;
import dev.allclose.plan.talk.SectionBudget;
import dev.allclose.plan.talk.TalkBudget;
import dev.allclose.plan.talk.TalkStructure;
import dev.allclose.store.StoredTalk;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose talk}: the research-talk planner (budget, outline, rehearsal timer). */
@Command(
    name = "talk",
    description = {
      "The research talk: slide budget and timebox by section for a 30, 45 or 60-minute talk.",
      "`talk outline` stores your outline; `talk rehearse` times a run and warns on overruns."
    },
    subcommands = {TalkPlanCommand.class, TalkOutlineCommand.class, TalkRehearseCommand.class})
public final class TalkCommand implements Callable<Integer> {
  static final int DEFAULT_MINUTES = 45;

  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      description = "30, 45 or 60 (default: the outline's, or 45).")
  @Nullable Integer minutes;

  @Override
  public Integer call() {
    printPlan(root, spec.commandLine().getOut(), minutes);
    return 0;
  }

  /** The budget for {@code minutes}, or the current outline's length, or 45. */
  static TalkBudget budget(AllcloseCommand root, @Nullable Integer minutes) {
    int length =
        minutes != null
            ? minutes
            : root.services()
                .workbench()
                .talks()
                .current()
                .map(StoredTalk::minutes)
                .orElse(DEFAULT_MINUTES);
    try {
      return TalkStructure.load().budget(length);
    } catch (IllegalArgumentException e) {
      throw new UserError("--minutes: " + e.getMessage());
    }
  }

  static void printPlan(AllcloseCommand root, PrintWriter out, @Nullable Integer minutes) {
    TalkBudget budget = budget(root, minutes);
    out.println(
        "A "
            + budget.minutes()
            + "-minute talk (questions come after): "
            + budget.slides()
            + " slides.");
    out.println();
    Table t =
        new Table(
            List.of("Section", "Share", "Time", "Slides", "Parts"),
            List.of(false, true, true, true, false));
    for (SectionBudget s : budget.sections()) {
      t.row(
          List.of(
              s.title(),
              s.percent() + "%",
              Durations.clock(s.time()),
              String.valueOf(s.slides()),
              parts(s)));
    }
    t.print(out);
    out.println();
    out.println("Slides:");
    TalkStructure.load().tips().forEach(tip -> out.println("  - " + tip));
    Optional<StoredTalk> talk = root.services().workbench().talks().current();
    out.println();
    if (talk.isEmpty()) {
      out.println("No outline yet: allclose talk outline --minutes " + budget.minutes());
    } else {
      out.println(
          "Outline \""
              + talk.get().title()
              + "\": "
              + talk.get().slides().size()
              + " slides for "
              + talk.get().minutes()
              + " minutes (allclose talk outline --show).");
      OutlineCheck.notes(budget, talk.get().slides()).forEach(n -> out.println("  " + n));
    }
    out.flush();
  }

  static String parts(SectionBudget s) {
    return s.parts().stream()
        .map(p -> p.title().toLowerCase(Locale.ROOT) + " " + p.slides())
        .collect(Collectors.joining(", "));
  }

  static String slideRange(TalkBudget budget, SectionBudget section) {
    int first = 1;
    for (SectionBudget s : budget.sections()) {
      if (s.id().equals(section.id())) {
        break;
      }
      first += s.slides();
    }
    return section.slides() == 1
        ? "slide " + first
        : "slides " + first + "-" + (first + section.slides() - 1);
  }
}
