package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.calendar.PlanCalendar;
import dev.allclose.plan.schedule.Focus;
import dev.allclose.plan.schedule.PlanRequest;
import dev.allclose.plan.schedule.PlanStructure;
import dev.allclose.plan.schedule.PlanView;
import dev.allclose.plan.schedule.StudyPlanner;
import dev.allclose.store.PlanItemRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose plan}: makes the study plan, or shows it adapted to today; iCalendar export. */
@Command(
    name = "plan",
    description = {
      "Make a day-by-day study plan up to an interview (--interview), or show the current one.",
      "Work missed or failed moves forward, and problems whose latest submission was rejected or"
          + " that spaced repetition (`allclose review`) has due come back for review, each time"
          + " the plan is shown. The interview date is also the review deadline."
    })
public final class PlanCommand implements Callable<Integer> {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);
  private static final int TITLE_WIDTH = 44;

  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--interview",
      paramLabel = "DATE",
      description = "The interview day (YYYY-MM-DD); makes a new plan ending the day before.")
  @Nullable LocalDate interview;

  @Option(names = "--start", paramLabel = "DATE", description = "First day (default: today).")
  @Nullable LocalDate start;

  @Option(
      names = "--daily-minutes",
      paramLabel = "N",
      description = "Minutes of work a day (default: 120).")
  @Nullable Integer dailyMinutes;

  @Option(
      names = "--focus",
      paramLabel = "ROLE",
      description = "engineer (default) or scientist: the plan structure to follow.")
  @Nullable String focus;

  @Option(names = "--ics", paramLabel = "FILE", description = "Also write the plan as iCalendar.")
  @Nullable Path ics;

  @Override
  public Integer call() {
    LocalDate today = root.today();
    StudyPlanner planner = planner(root);
    PlanView view;
    List<String> notes = List.of();
    if (interview != null) {
      PlanView made = planner.create(request(today, interview));
      root.services().workbench().reviews().aimReviewsAt(interview);
      notes = made.notes();
      view = planner.current(today).orElse(made);
    } else if (start != null || dailyMinutes != null || focus != null) {
      throw new UserError(
          "--start, --daily-minutes and --focus make a new plan: add --interview DATE");
    } else {
      view = planner.current(today).orElseThrow(() -> noPlan(today));
    }
    PrintWriter out = spec.commandLine().getOut();
    print(out, view, today);
    notes.forEach(n -> out.println("Note: " + n));
    if (ics != null) {
      writeFile(ics, PlanCalendar.write(view, root.environment().clock().instant()));
      out.println("Wrote the plan to " + ics + " (one event a day with work, and the interview).");
    }
    out.flush();
    return 0;
  }

  private PlanRequest request(LocalDate today, LocalDate interviewDay) {
    Focus f =
        focus == null
            ? Focus.ENGINEER
            : Focus.of(focus)
                .orElseThrow(
                    () ->
                        new UserError(
                            "--focus must be engineer or scientist, not '" + focus + "'"));
    int minutes = dailyMinutes != null ? dailyMinutes : PlanStructure.load(f).minutesPerDay();
    try {
      return new PlanRequest(start != null ? start : today, interviewDay, minutes, f);
    } catch (IllegalArgumentException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  static StudyPlanner planner(AllcloseCommand root) {
    return root.services().workbench().studyPlanning().planner();
  }

  /** Keeps table rows readable; `allclose today` and the calendar carry the full titles. */
  private static String shorten(String title) {
    return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 3) + "...";
  }

  static UserError noPlan(LocalDate today) {
    return new UserError(
        "no study plan yet; make one with your interview's date, such as "
            + newPlanExample(today)
            + "; see also --start, --daily-minutes and --focus engineer|scientist");
  }

  /** A command that makes a new plan, runnable as printed: six weeks from today as the example. */
  static String newPlanExample(LocalDate today) {
    return "`allclose plan --interview " + today.plusWeeks(6) + "` for six weeks from today";
  }

  private static void print(PrintWriter out, PlanView view, LocalDate today) {
    out.println(
        "Study plan for a research-"
            + view.plan().focus()
            + " interview on "
            + DAY.format(view.plan().interview())
            + ": "
            + view.plan().start()
            + " to "
            + view.plan().interview().minusDays(1)
            + ", "
            + view.days().size()
            + " days, "
            + view.plan().dailyMinutes()
            + " min a day.");
    out.println();
    Table table =
        new Table(
            List.of("", "Day", "Phase", "Min", "Work"), List.of(false, false, false, true, false));
    for (Map.Entry<LocalDate, List<PlanItemRecord>> day : view.days().entrySet()) {
      List<PlanItemRecord> items = day.getValue();
      table.row(
          List.of(
              day.getKey().equals(today) ? ">" : "",
              DAY.format(day.getKey()),
              view.phaseOf(day.getKey()),
              String.valueOf(items.stream().mapToInt(PlanItemRecord::minutes).sum()),
              items.isEmpty()
                  ? "(free: catch up or rest)"
                  : items.stream()
                      .map(i -> (i.done() ? "[x] " : "[ ] ") + shorten(i.title()))
                      .collect(Collectors.joining("; "))));
    }
    table.print(out);
    long done = view.items().stream().filter(PlanItemRecord::done).count();
    out.println();
    out.println(done + " of " + view.items().size() + " items done. Today's work: allclose today");
  }

  /** Writes a file for the user, or fails with a one-line message. */
  static void writeFile(Path file, String text) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage());
    }
  }
}
