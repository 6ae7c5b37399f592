package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.schedule.ItemKind;
import dev.allclose.plan.schedule.PlanView;
import dev.allclose.store.PlanItemRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose today}: today's items of the study plan; ticks tasks done. */
@Command(
    name = "today",
    header = "Today's work in the study plan; tick tasks done.",
    description =
        "Today's work in the study plan. Problems tick themselves when a submission is accepted;"
            + " tick other items with --done N (their number in the list).")
public final class TodayCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--done",
      paramLabel = "N",
      split = ",",
      description = "Tick the items numbered N (several: 1,3).")
  List<Integer> done = new ArrayList<>();

  @Option(
      names = "--undo",
      paramLabel = "N",
      split = ",",
      description = "Untick the items numbered N (several: 1,3).")
  List<Integer> undo = new ArrayList<>();

  @Override
  public Integer call() {
    LocalDate today = root.today();
    PlanView view =
        PlanCommand.planner(root).current(today).orElseThrow(() -> PlanCommand.noPlan(today));
    PrintWriter out = spec.commandLine().getOut();
    if (!done.isEmpty() || !undo.isEmpty()) {
      tick(view, today);
      view = PlanCommand.planner(root).current(today).orElseThrow(() -> PlanCommand.noPlan(today));
    }
    LocalDate interview = view.plan().interview();
    if (today.isBefore(view.plan().start())) {
      out.println(
          "The plan starts on "
              + PlanCommand.DAY.format(view.plan().start())
              + (today.plusDays(1).equals(view.plan().start())
                  ? ", tomorrow"
                  : ", in " + ChronoUnit.DAYS.between(today, view.plan().start()) + " days")
              + "; `allclose plan` shows it.");
    } else if (today.equals(interview)) {
      out.println(
          "Today is the interview. Good luck! Run through `allclose checklist day-of`, and see "
              + questionsToAsk()
              + " for what to ask.");
    } else if (today.isAfter(interview)) {
      out.println(
          "The interview was on "
              + PlanCommand.DAY.format(interview)
              + "; for the next one, make a new plan with its date, such as "
              + PlanCommand.newPlanExample(today)
              + ".");
    } else {
      print(out, view, today);
    }
    out.flush();
    return 0;
  }

  /** The questions picked for the latest interview, or else every list of questions. */
  private String questionsToAsk() {
    return root.services()
        .workbench()
        .interviewDays()
        .latest()
        .map(i -> "`allclose questions --interview " + i.name() + "`")
        .orElse("`allclose questions`");
  }

  private void tick(PlanView view, LocalDate today) {
    List<PlanItemRecord> items = view.on(today);
    for (int n : done) {
      root.services().workbench().studyPlanning().markDone(view.plan().id(), item(items, n), true);
    }
    for (int n : undo) {
      root.services().workbench().studyPlanning().markDone(view.plan().id(), item(items, n), false);
    }
  }

  private static PlanItemRecord item(List<PlanItemRecord> items, int n) {
    if (n < 1 || n > items.size()) {
      throw new UserError(
          "today's plan has items 1 to " + items.size() + "; there is no item " + n);
    }
    return items.get(n - 1);
  }

  private void print(PrintWriter out, PlanView view, LocalDate today) {
    long day = ChronoUnit.DAYS.between(view.plan().start(), today) + 1;
    long left = ChronoUnit.DAYS.between(today, view.plan().interview());
    out.println(
        "Today, "
            + PlanCommand.DAY.format(today)
            + ": day "
            + day
            + " of "
            + view.days().size()
            + "; the interview is in "
            + left
            + (left == 1 ? " day." : " days."));
    String phase = view.phaseOf(today);
    if (!phase.isEmpty()) {
      out.println("Phase: " + phase);
    }
    out.println();
    List<PlanItemRecord> items = view.on(today);
    if (items.isEmpty()) {
      out.println("Nothing planned today: catch up, or rest.");
      return;
    }
    Map<String, CatalogProblem> catalog =
        root.services().catalogProblems().stream()
            .collect(Collectors.toMap(CatalogProblem::slug, Function.identity()));
    for (int i = 0; i < items.size(); i++) {
      PlanItemRecord item = items.get(i);
      out.println(
          String.format(
              Locale.ROOT,
              "%2d. %s %s (%d min)%s",
              i + 1,
              item.done() ? "[x]" : "[ ]",
              item.title(),
              item.minutes(),
              hint(item, catalog)));
      if (!item.firstDay().equals(item.day())) {
        out.println("      moved here from " + item.firstDay());
      }
    }
    int minutes = items.stream().mapToInt(PlanItemRecord::minutes).sum();
    out.println();
    out.println("Planned: " + minutes + " of " + view.plan().dailyMinutes() + " minutes.");
    Optional<Integer> open =
        java.util.stream.IntStream.range(0, items.size())
            .filter(i -> !items.get(i).done() && ItemKind.of(items.get(i).kind()) == ItemKind.TASK)
            .boxed()
            .findFirst();
    open.ifPresent(i -> out.println("Tick a task when done: allclose today --done " + (i + 1)));
  }

  private static String hint(PlanItemRecord item, Map<String, CatalogProblem> catalog) {
    if (item.done() || !ItemKind.of(item.kind()).judged()) {
      return "";
    }
    CatalogProblem p = catalog.get(item.ref());
    return p == null ? "" : "  ->  allclose start " + p.number();
  }
}
