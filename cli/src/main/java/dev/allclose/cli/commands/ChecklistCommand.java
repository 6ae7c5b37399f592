package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.plan.interviewday.Checklist;
import dev.allclose.plan.interviewday.ChecklistItem;
import dev.allclose.plan.interviewday.Checklists;
import dev.allclose.store.InterviewRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose checklist}: the day-before and day-of checklists, ticked per interview. */
@Command(
    name = "checklist",
    header = "The day-before and day-of checklists, ticked per interview.",
    description = {
      "The day-before and day-of checklists, with ticks kept per interview (--interview NAME;"
          + " default: the latest).",
      "Tick with `checklist tick LIST N...` or go through with `walk`."
    },
    subcommands = {
      ChecklistCommand.Tick.class,
      ChecklistCommand.Untick.class,
      ChecklistCommand.Walk.class
    })
public final class ChecklistCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "LIST",
      description = "day-before or day-of (default: both).")
  @Nullable String list;

  @Option(
      names = "--interview",
      paramLabel = "NAME",
      description = "Whose ticks (default: latest).")
  @Nullable String interview;

  @Override
  public Integer call() {
    Checklists all = Checklists.load();
    InterviewRecord i = root.services().workbench().interviewDays().choose(interview);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Checklists for " + i.name() + (i.day() == null ? "" : " on " + i.day()) + ":");
    for (Checklist c : list == null ? all.all() : List.of(checklist(all, list))) {
      out.println();
      print(out, c, root.services().workbench().interviewDays().ticks(i, c.id()));
    }
    out.flush();
    return 0;
  }

  static Checklist checklist(Checklists all, String id) {
    return all.get(id)
        .orElseThrow(
            () ->
                new UserError(
                    "no checklist '"
                        + id
                        + "'; the checklists are "
                        + all.all().stream().map(Checklist::id).collect(Collectors.joining(", "))));
  }

  static void print(PrintWriter out, Checklist c, Set<String> ticks) {
    long done = c.items().stream().filter(item -> ticks.contains(item.id())).count();
    out.println(c.title() + " [" + c.id() + "]: " + done + " of " + c.items().size() + " done");
    for (int n = 0; n < c.items().size(); n++) {
      ChecklistItem item = c.items().get(n);
      out.println(
          String.format(
              Locale.ROOT,
              "  %2d. %s %s",
              n + 1,
              ticks.contains(item.id()) ? "[x]" : "[ ]",
              item.text()));
    }
  }

  /** Marks items by number, then prints the list. */
  abstract static class Marking implements Callable<Integer> {
    @ParentCommand ChecklistCommand checklist;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LIST", description = "day-before or day-of.")
    String list;

    @Parameters(index = "1..*", paramLabel = "N", description = "Item numbers.")
    List<Integer> numbers = new ArrayList<>();

    @Option(
        names = "--interview",
        paramLabel = "NAME",
        description = "Whose ticks (default: latest).")
    @Nullable String interview;

    abstract boolean ticked();

    @Override
    public Integer call() {
      Checklist c = checklist(Checklists.load(), list);
      AllcloseCommand root = checklist.root;
      InterviewRecord i =
          root.services()
              .workbench()
              .interviewDays()
              .choose(interview != null ? interview : checklist.interview);
      List<String> ids = new ArrayList<>();
      for (int n : numbers) {
        ids.add(
            c.item(n)
                .orElseThrow(
                    () ->
                        new UserError(
                            c.id() + " has items 1 to " + c.items().size() + "; there is no " + n))
                .id());
      }
      print(
          spec.commandLine().getOut(),
          c,
          root.services().workbench().interviewDays().tick(i, c.id(), ids, ticked()));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code checklist tick LIST N...}. */
  @Command(name = "tick", description = "Tick items of a checklist by number.")
  static final class Tick extends Marking {
    @Override
    boolean ticked() {
      return true;
    }
  }

  /** {@code checklist untick LIST N...}. */
  @Command(name = "untick", description = "Untick items of a checklist by number.")
  static final class Untick extends Marking {
    @Override
    boolean ticked() {
      return false;
    }
  }

  /** {@code checklist walk LIST}: asks about each unticked item in turn. */
  @Command(
      name = "walk",
      description = "Go through the unticked items one by one: y ticks, anything else skips.")
  static final class Walk implements Callable<Integer> {
    @ParentCommand ChecklistCommand checklist;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LIST", description = "day-before or day-of.")
    String list;

    @Option(
        names = "--interview",
        paramLabel = "NAME",
        description = "Whose ticks (default: latest).")
    @Nullable String interview;

    @Override
    public Integer call() {
      Checklist c = checklist(Checklists.load(), list);
      AllcloseCommand root = checklist.root;
      InterviewRecord i =
          root.services()
              .workbench()
              .interviewDays()
              .choose(interview != null ? interview : checklist.interview);
      Set<String> ticks = root.services().workbench().interviewDays().ticks(i, c.id());
      List<String> yes = new ArrayList<>();
      for (ChecklistItem item : c.items()) {
        if (ticks.contains(item.id())) {
          continue;
        }
        Optional<String> answer = root.prompter().line(item.text() + " Done? [y/N] ");
        if (answer.isEmpty()) {
          break;
        }
        if (answer.get().toLowerCase(Locale.ROOT).startsWith("y")) {
          yes.add(item.id());
        }
      }
      Set<String> now = root.services().workbench().interviewDays().tick(i, c.id(), yes, true);
      PrintWriter out = spec.commandLine().getOut();
      out.println();
      print(out, c, now);
      out.flush();
      return 0;
    }
  }
}
