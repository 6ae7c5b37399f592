package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.Prompter;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.talk.RehearsalTimer;
import dev.allclose.plan.talk.SectionBudget;
import dev.allclose.plan.talk.SectionTiming;
import dev.allclose.plan.talk.TalkBudget;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose talk rehearse}: times a run through the talk section by section (Enter at the end
 * of each), warns when a section overruns its box, and stores the rehearsal.
 */
@Command(
    name = "rehearse",
    description = {
      "Time a rehearsal: press Enter to start, then at the end of each section.",
      "Warns when a section overran its timebox and how far behind the talk is."
    })
public final class TalkRehearseCommand implements Callable<Integer> {
  private static final String STOPPED =
      "the rehearsal stopped: press Enter at the end of each section (nothing was saved)";

  @ParentCommand TalkCommand talk;
  @Spec CommandSpec spec;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      description = "30, 45 or 60 (default: the outline's).")
  @Nullable Integer minutes;

  @Override
  public Integer call() {
    AllcloseCommand root = talk.root;
    PrintWriter out = spec.commandLine().getOut();
    TalkBudget budget = TalkCommand.budget(root, minutes != null ? minutes : talk.minutes);
    Prompter ask = root.prompter();
    enter(ask, "Rehearsing a " + budget.minutes() + "-minute talk. Press Enter to start. ");
    RehearsalTimer timer = new RehearsalTimer(budget, root.environment().clock());
    Instant started = timer.start();
    while (timer.current().isPresent()) {
      SectionBudget s = timer.current().get();
      enter(
          ask,
          s.title()
              + ": "
              + Durations.clock(s.time())
              + " for "
              + TalkCommand.slideRange(budget, s)
              + ". Enter when done. ");
      report(out, timer.next());
    }
    List<SectionTiming> timings = timer.timings();
    root.services().workbench().talks().recordRehearsal(budget, started, timings);
    summary(out, budget, timings);
    return 0;
  }

  /** Waits for Enter; the end of the input stops the rehearsal unsaved. */
  private static void enter(Prompter ask, String question) {
    if (ask.line(question).isEmpty()) {
      throw new UserError(STOPPED);
    }
  }

  private static void report(PrintWriter out, SectionTiming t) {
    String took = "  " + t.section().title() + " took " + Durations.clock(t.actual());
    if (t.over()) {
      out.println(
          took
              + ": WARNING, "
              + Durations.clock(t.overrun())
              + " over its "
              + Durations.clock(t.section().time())
              + ".");
    } else {
      out.println(took + ", " + Durations.clock(t.overrun().negated()) + " to spare.");
    }
    if (t.behind().isPositive()) {
      out.println("  The talk is " + Durations.clock(t.behind()) + " behind its plan.");
    }
    out.flush();
  }

  private static void summary(PrintWriter out, TalkBudget budget, List<SectionTiming> timings) {
    out.println();
    Table table =
        new Table(List.of("Section", "Box", "Took", "Over"), List.of(false, true, true, true));
    for (SectionTiming t : timings) {
      table.row(
          List.of(
              t.section().title(),
              Durations.clock(t.section().time()),
              Durations.clock(t.actual()),
              t.over() ? Durations.clock(t.overrun()) : ""));
    }
    table.print(out);
    Duration total = timings.get(timings.size() - 1).elapsed();
    Duration over = total.minus(budget.time());
    long overran = timings.stream().filter(SectionTiming::over).count();
    out.println();
    out.println(
        "Total "
            + Durations.clock(total)
            + " of "
            + Durations.clock(budget.time())
            + (over.isPositive()
                ? ": WARNING, " + Durations.clock(over) + " over."
                : ", " + Durations.clock(over.negated()) + " to spare.")
            + (overran > 0 ? " " + overran + " of " + timings.size() + " sections overran." : "")
            + " Saved.");
    out.flush();
  }
}
