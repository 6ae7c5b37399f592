package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Json;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.review.DueItem;
import dev.allclose.interview.review.ReviewPlanner;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  private @Nullable Map<String, ProblemPackage> problemsBySlug;

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
    ZoneId zone = root.environment().clock().getZone();
    Instant now = root.environment().clock().instant();
    try (ReviewPlanner planner = new ReviewPlanner(root.services().store().reviews(), zone)) {
      if (deadline != null) {
        LocalDate date = parse(deadline);
        planner.deadline(date);
        warnIfThePlanAimsElsewhere(date);
      }
      planner.syncProblems(ProblemReviews.outcomes(root));
      List<DueItem> items = all ? planner.schedule(now) : planner.dueToday(now);
      Optional<LocalDate> date = planner.deadline();
      List<Row> rows = items.stream().map(d -> row(d, zone)).toList();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            Json.write(
                new Report(
                    date.map(LocalDate::toString).orElse(null),
                    LocalDate.ofInstant(now, zone).toString(),
                    rows)));
      } else {
        print(out, rows, date, now, zone, planner);
      }
      out.flush();
    }
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
  private void warnIfThePlanAimsElsewhere(@Nullable LocalDate date) {
    root.services()
        .store()
        .studyPlans()
        .active()
        .filter(p -> !p.interview().equals(date))
        .ifPresent(
            p -> {
              PrintWriter err = spec.commandLine().getErr();
              err.println(
                  "allclose: note: the study plan still aims at "
                      + p.interview()
                      + "; `allclose plan --interview "
                      + (date == null ? "DATE" : date)
                      + "` plans again for the new date");
              err.flush();
            });
  }

  private Row row(DueItem d, ZoneId zone) {
    return new Row(
        d.card().item(),
        d.kind(),
        title(d),
        d.due().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(),
        d.pulled(),
        d.card().lastReviewAt().atZone(zone).toLocalDate().toString(),
        d.card().reviews());
  }

  /** A question's title, or "#number title" for a catalog problem. */
  private String title(DueItem d) {
    if (d.kind().equals("question")) {
      QuestionBank bank = root.services().bank();
      return bank.question(d.id()).map(Question::title).orElse(d.id() + " (no longer in the bank)");
    }
    ProblemPackage p = problems().get(d.id());
    return p == null ? d.id() : "#" + p.metadata().number() + " " + p.metadata().title();
  }

  private Map<String, ProblemPackage> problems() {
    if (problemsBySlug == null) {
      problemsBySlug =
          root.services().catalog().problems().stream()
              .collect(Collectors.toMap(ProblemPackage::slug, Function.identity()));
    }
    return problemsBySlug;
  }

  private void print(
      PrintWriter out,
      List<Row> rows,
      Optional<LocalDate> date,
      Instant now,
      ZoneId zone,
      ReviewPlanner planner) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    date.ifPresent(
        d ->
            out.println(
                "Interview on "
                    + d
                    + (d.isAfter(today)
                        ? " (" + ChronoUnit.DAYS.between(today, d) + " days left)"
                        : " (passed)")
                    + "."));
    if (rows.isEmpty()) {
      List<DueItem> later = planner.schedule(now);
      out.println(
          later.isEmpty()
              ? "Nothing to review yet: answer questions with `allclose mock` or submit problems, and they come back here."
              : "Nothing due today; next: "
                  + row(later.get(0), zone).title()
                  + " on "
                  + later.get(0).due().atZone(zone).toLocalDate()
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
