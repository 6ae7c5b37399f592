package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.reviews.ProblemReviews;
import dev.allclose.app.reviews.ReviewSchedule;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose review}: what spaced repetition says to review today. */
@Command(
    name = "review",
    header = "What spaced repetition (FSRS) says to review today.",
    description = {
      "What is due for review today: bank questions (rated by your mock-interview self-scores) and"
          + " catalog problems (rated by their latest submission: accepted in time good, over time"
          + " hard, rejected again), scheduled by FSRS.",
      "With a deadline (your interview date), intervals shrink to fit before it and anything due"
          + " later is pulled to the day before.",
      "Practise the due questions with `allclose mock --due`."
    })
public final class ReviewCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--deadline",
      paramLabel = "DATE",
      description = "Set the interview date (YYYY-MM-DD), or 'none' to clear it.")
  @Nullable String deadline;

  @Option(names = "--all", description = "Show every scheduled item, not only today's.")
  boolean all;

  @Option(names = "--json", description = "Print the schedule as JSON.")
  boolean json;

  /** One item of the schedule, as printed with --json. */
  record Row(
      String item,
      String kind,
      String title,
      String due,
      boolean pulled,
      String lastReview,
      int reviews) {}

  /** The JSON of the command. */
  record Report(@Nullable String deadline, String today, List<Row> due) {}

  @Override
  public Integer call() {
    ProblemReviews reviews = root.services().workbench().reviews();
    if (deadline != null) {
      LocalDate date = parse(deadline);
      reviews.aimAt(date).ifPresent(plan -> warnThatThePlanAimsElsewhere(plan, date));
    }
    ReviewSchedule schedule = reviews.schedule(all);
    ZoneId zone = root.environment().clock().getZone();
    List<Row> rows = schedule.items().stream().map(d -> row(d, zone)).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          Json.write(
              new Report(
                  schedule.interview().map(LocalDate::toString).orElse(null),
                  schedule.today().toString(),
                  rows)));
    } else {
      print(out, rows, schedule, zone);
    }
    out.flush();
    return 0;
  }

  private static @Nullable LocalDate parse(String text) {
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError("--deadline must be a date like 2026-12-15, or none, not '" + text + "'");
    }
  }

  /** The study plan keeps its own days; say so when the two dates part. */
  private void warnThatThePlanAimsElsewhere(LocalDate plan, @Nullable LocalDate date) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "allclose: note: the study plan still aims at "
            + plan
            + "; `allclose plan --interview "
            + (date == null ? "DATE" : date)
            + "` plans again for the new date");
    err.flush();
  }

  private static Row row(ReviewSchedule.Item d, ZoneId zone) {
    return new Row(
        d.item(),
        d.kind(),
        d.title(),
        d.due().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(),
        d.pulled(),
        d.lastReview().atZone(zone).toLocalDate().toString(),
        d.reviews());
  }

  private void print(PrintWriter out, List<Row> rows, ReviewSchedule schedule, ZoneId zone) {
    LocalDate today = schedule.today();
    schedule
        .interview()
        .ifPresent(
            d ->
                out.println(
                    "Interview on "
                        + d
                        + (d.isAfter(today)
                            ? " (" + ChronoUnit.DAYS.between(today, d) + " days left)"
                            : " (passed)")
                        + "."));
    if (rows.isEmpty()) {
      ReviewSchedule.Item next = schedule.next();
      out.println(
          next == null
              ? "Nothing to review yet: answer questions with `allclose mock` or submit problems, and they come back here."
              : "Nothing due today; next: "
                  + next.title()
                  + " on "
                  + next.due().atZone(zone).toLocalDate()
                  + ".");
      return;
    }
    Table t =
        new Table(
            List.of("Kind", "Item", "Due", "Last review", "Reviews", ""),
            List.of(false, false, false, false, true, false));
    for (Row r : rows) {
      t.row(
          List.of(
              r.kind(),
              r.title(),
              r.due().replace('T', ' '),
              r.lastReview(),
              String.valueOf(r.reviews()),
              r.pulled() ? "pulled before the interview" : ""));
    }
    t.print(out);
    long questions = rows.stream().filter(r -> r.kind().equals("question")).count();
    out.println(
        rows.size()
            + " item(s)"
            + (all ? " scheduled" : " due today")
            + (questions > 0 ? "; `allclose mock --due` practises the questions." : "."));
  }
}
