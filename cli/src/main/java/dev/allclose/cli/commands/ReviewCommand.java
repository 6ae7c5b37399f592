package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.reviews.ProblemReviews;
import dev.allclose.app.reviews.ReviewSchedule;
import dev.allclose.app.rounds.MockInterviews;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.interactive.Answers;
import dev.allclose.cli.interactive.Scores;
import dev.allclose.cli.output.Table;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
      "Practise the due questions with `allclose mock --due`.",
      "Mock answers whose self-scores were left at the rubric's estimate are listed first; in a"
          + " terminal, or with --rate, it asks for your scores, which replace the estimate."
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

  @Option(
      names = "--rate",
      description =
          "Ask for your scores of mock answers that carry the rubric's estimate (read from"
              + " standard input; a terminal is asked anyway).")
  boolean rate;

  /** One item of the schedule, as printed with --json. */
  record Row(
      String item,
      String kind,
      String title,
      String due,
      boolean pulled,
      String lastReview,
      int reviews) {}

  /** A mock answer whose rating is still the rubric's estimate, as printed with --json. */
  record Pending(
      String question, String title, String estimate, List<Integer> suggested, String answered) {}

  /** The JSON of the command. */
  record Report(
      @Nullable String deadline, String today, List<Row> due, List<Pending> unconfirmed) {}

  @Override
  public Integer call() {
    ProblemReviews reviews = root.services().workbench().reviews();
    if (deadline != null) {
      LocalDate date = parse(deadline);
      reviews.aimAt(date).ifPresent(plan -> warnThatThePlanAimsElsewhere(plan, date));
    }
    ZoneId zone = root.environment().clock().getZone();
    PrintWriter out = spec.commandLine().getOut();
    List<MockInterviews.Unconfirmed> pending = confirmScores(zone);
    ReviewSchedule schedule = reviews.schedule(all);
    List<Row> rows = schedule.items().stream().map(d -> row(d, zone)).toList();
    if (json) {
      out.println(
          Json.write(
              new Report(
                  schedule.interview().map(LocalDate::toString).orElse(null),
                  schedule.today().toString(),
                  rows,
                  pending.stream().map(u -> pending(u, zone)).toList())));
    } else {
      print(out, rows, schedule, zone);
      if (!pending.isEmpty()) {
        out.println(
            pending.size()
                + " mock answer(s) carry the rubric's estimate, not your score;"
                + " `allclose review --rate` asks for them.");
      }
    }
    out.flush();
    return 0;
  }

  /**
   * Asks for the user's scores of the mock answers left at the rubric's estimate, when a person can
   * answer; returns the ones still unconfirmed.
   */
  private List<MockInterviews.Unconfirmed> confirmScores(ZoneId zone) {
    MockInterviews mock = root.services().mockInterviews();
    List<MockInterviews.Unconfirmed> pending = mock.unconfirmed();
    if (pending.isEmpty() || !(rate || root.environment().terminal())) {
      return pending;
    }
    PrintWriter text = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    Answers answers = new Answers(root.environment(), root.prompter(), text);
    text.println(
        pending.size()
            + " mock answer(s) were scheduled from the rubric's estimate; give your own scores.");
    List<MockInterviews.Unconfirmed> left = new ArrayList<>();
    for (MockInterviews.Unconfirmed u : pending) {
      text.println();
      text.println(
          u.question().title() + " (answered " + u.answeredAt().atZone(zone).toLocalDate() + ")");
      text.println("Your answer:");
      u.answer().lines().forEach(l -> text.println("  " + l));
      text.println("Key points (the rubric's suggestion in brackets):");
      for (int k = 0; k < u.question().keyPoints().size(); k++) {
        text.println(
            "  " + (k + 1) + ". [" + u.suggested().get(k) + "] " + u.question().keyPoints().get(k));
      }
      Optional<List<Integer>> given = Scores.ask(answers, u.suggested(), "asks again next time");
      if (given.isEmpty()) {
        left.add(u);
        continue;
      }
      MockInterviews.Confirmed c = mock.confirm(u.question().id(), given.get());
      text.printf(
          Locale.ROOT,
          "Rated %s (%.0f%% of the rubric); next review %s.%n",
          c.rating().id(),
          100 * c.score(),
          c.due().atZone(zone).toLocalDate());
    }
    text.println();
    text.flush();
    return left;
  }

  private static Pending pending(MockInterviews.Unconfirmed u, ZoneId zone) {
    return new Pending(
        u.question().id(),
        u.question().title(),
        u.estimate().id(),
        u.suggested(),
        u.answeredAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
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
