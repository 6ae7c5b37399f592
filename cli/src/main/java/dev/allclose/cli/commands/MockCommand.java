package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.rounds.MockInterviews;
import dev.allclose.app.rounds.MockRequest;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.interactive.Answers;
import dev.allclose.cli.interactive.Scores;
import dev.allclose.cli.interactive.Stopwatch;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.mock.AnswerRecord;
import dev.allclose.interview.mock.Rubric;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

/** {@code allclose mock}: a timed mock interview on questions of the bank, scored on its rubric. */
@Command(
    name = "mock",
    header = "A timed mock interview on the question bank, scored on the rubric.",
    description = {
      "A timed mock interview: 3-5 questions per assessment area, each answered in $EDITOR (when"
          + " set, and in a terminal) or typed on standard input and ended by a line holding a"
          + " single '.'.",
      "After each answer: the rubric with the key points your answer appears to cover, your own"
          + " score of each point, the pitfalls, a follow-up question and the model answer.",
      "Scores are yours to give: type them, or y to accept the rubric's suggestion. Left empty"
          + " (Enter, or the end of piped input), the suggestion is kept as an unconfirmed estimate:"
          + " the review is scheduled cautiously and `allclose review` asks for your score.",
      "Sessions, scores and review dates are stored; `allclose review` shows what is due again."
    })
public final class MockCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--preset",
      paramLabel = "ROLE",
      description =
          "research-engineer (default) or research-scientist: the areas of that interview.")
  @Nullable String preset;

  @Option(
      names = "--area",
      paramLabel = "AREA",
      description =
          "An area to practise (repeatable): core-concepts, applied-design, research-acumen, rigour, behavioural.")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--question",
      paramLabel = "ID",
      description = "A question to practise, by id (repeatable; see --list).")
  List<String> questions = new ArrayList<>();

  @Option(names = "--due", description = "Practise the questions whose review is due today.")
  boolean due;

  @Option(
      names = "--per-area",
      paramLabel = "N",
      description = "Questions per area, 3 to 5 (default 3).")
  int perArea = 3;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the question draw (default: the clock).")
  @Nullable Long seed;

  @Option(names = "--list", description = "List the questions of the bank and exit.")
  boolean list;

  @Option(
      names = "--json",
      description =
          "Print the session's results as JSON on stdout (the session itself goes to stderr).")
  boolean json;

  @Override
  public Integer call() {
    QuestionBank bank = root.services().bank();
    if (list) {
      printList(bank);
      return 0;
    }
    PrintWriter text = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    Instant start = root.environment().clock().instant();
    MockInterviews mock = root.services().mockInterviews();
    MockInterviews.Plan plan =
        mock.plan(
            new MockRequest(
                preset,
                areas,
                questions,
                due,
                perArea,
                seed != null ? seed : start.toEpochMilli()));
    if (plan.questions().isEmpty()) {
      text.println(due ? "No question is due for review today." : "No question matches.");
      text.flush();
      return 0;
    }
    text.println(
        "Mock interview (" + plan.label() + "): " + plan.questions().size() + " question(s).");
    Answers answers = new Answers(root.environment(), root.prompter(), text);
    List<AnswerRecord> records = new ArrayList<>();
    for (int i = 0; i < plan.questions().size(); i++) {
      records.add(ask(mock, plan, i, answers, text));
    }
    MockInterviews.Result result = mock.finish(plan, start, records);
    summary(text, plan.questions(), result);
    if (json) {
      spec.commandLine().getOut().println(Json.write(result));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private AnswerRecord ask(
      MockInterviews mock, MockInterviews.Plan plan, int index, Answers answers, PrintWriter out) {
    Question q = plan.questions().get(index);
    out.println();
    out.println(
        "Question "
            + (index + 1)
            + " of "
            + plan.questions().size()
            + " · "
            + q.area().title()
            + " · "
            + q.difficulty().id()
            + " · "
            + q.minutes()
            + " min");
    out.println(q.title());
    out.println();
    out.println(q.prompt());
    out.println();
    out.flush();
    Stopwatch watch = new Stopwatch(root.environment().clock(), Duration.ofMinutes(q.minutes()));
    String answer = answers.answer(q.title() + "\n\n" + q.prompt());
    out.println(watch.report());
    List<PointCoverage> coverage = mock.cover(q, answer);
    printCoverage(out, coverage);
    List<Integer> suggested = Rubric.suggested(coverage);
    Optional<List<Integer>> given =
        Scores.ask(answers, suggested, "keeps it as an unconfirmed estimate");
    List<Integer> scores = given.orElse(suggested);
    AnswerRecord r =
        mock.answered(
            plan,
            index,
            answer,
            watch.elapsed(),
            watch.budget(),
            coverage,
            scores,
            given.isPresent());
    out.printf(
        Locale.ROOT,
        "Your score: %.0f%% of the rubric (review rating: %s%s).%n",
        100 * r.score(),
        r.rating().id(),
        r.confirmed() ? "" : "; an estimate: `allclose review` asks for your score");
    out.println();
    out.println("Pitfalls to avoid:");
    q.pitfalls().forEach(p -> out.println("  - " + p));
    out.println();
    out.println("Follow-up: " + r.followUp());
    out.println();
    out.println("Model answer:");
    q.modelAnswer().lines().forEach(l -> out.println("  " + l));
    out.flush();
    return r;
  }

  private static void printCoverage(PrintWriter out, List<PointCoverage> coverage) {
    out.println();
    out.println(
        "Rubric: the key points your answer appears to cover (by meaning; confidence in brackets):");
    for (int k = 0; k < coverage.size(); k++) {
      PointCoverage c = coverage.get(k);
      out.printf(
          Locale.ROOT,
          "  %d. %-7s [%s, %.0f%%] %s%n",
          k + 1,
          c.verdict().id(),
          c.confidence().id(),
          100 * c.score(),
          c.keyPoint());
      if (c.flagged() != null) {
        out.println("     flagged: " + c.flagged());
      }
    }
  }

  private void summary(PrintWriter out, List<Question> chosen, MockInterviews.Result result) {
    out.println();
    Table t =
        new Table(
            List.of("Question", "Time", "Score", "Next review"), List.of(false, true, true, false));
    for (int i = 0; i < result.answers().size(); i++) {
      AnswerRecord r = result.answers().get(i);
      String next = result.nextReviews().getOrDefault(r.question(), "-");
      t.row(
          List.of(
              chosen.get(i).title(),
              Stopwatch.human(Duration.ofMillis(r.elapsedMs())),
              Math.round(100 * r.score()) + "%",
              next.substring(0, Math.min(10, next.length()))));
    }
    t.print(out);
    out.printf(
        Locale.ROOT,
        "Session %s saved; overall %.0f%% of the rubrics.%n",
        result.session(),
        100 * result.score());
    out.flush();
  }

  private void printList(QuestionBank bank) {
    Table t =
        new Table(
            List.of("Id", "Area", "Level", "Min", "Roles", "Title"),
            List.of(false, false, false, true, false, false));
    for (Question q : bank.questions()) {
      t.row(
          List.of(
              q.id(),
              q.area().id(),
              q.difficulty().id(),
              String.valueOf(q.minutes()),
              q.roles().stream()
                  .map(r -> r.id().replace("research-", ""))
                  .collect(Collectors.joining(",")),
              (q.catalog() != null ? "#" + q.catalog() + " " : "") + q.title()));
    }
    t.print(spec.commandLine().getOut());
  }
}
