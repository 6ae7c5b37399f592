package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.interactive.Answers;
import dev.allclose.cli.interactive.Scores;
import dev.allclose.cli.interactive.Stopwatch;
import dev.allclose.cli.output.Json;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.Area;
import dev.allclose.interview.bank.Named;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.mock.AnswerRecord;
import dev.allclose.interview.mock.MockPlan;
import dev.allclose.interview.mock.Preset;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.interview.review.DueItem;
import dev.allclose.interview.review.Rating;
import dev.allclose.interview.review.ReviewPlanner;
import dev.allclose.store.PracticeAnswer;
import dev.allclose.store.PracticeSession;
import dev.allclose.store.ReviewCard;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** The JSON of a finished session. */
  record SessionReport(
      String session,
      String label,
      List<AnswerRecord> answers,
      double score,
      Map<String, String> nextReviews) {}

  @Override
  public Integer call() {
    QuestionBank bank = root.services().bank();
    if (list) {
      printList(bank);
      return 0;
    }
    PrintWriter text = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    Instant now = root.environment().clock().instant();
    try (ReviewPlanner planner = planner()) {
      Set<String> dueQuestions =
          planner.dueToday(now).stream()
              .filter(d -> d.kind().equals("question"))
              .map(DueItem::id)
              .collect(Collectors.toSet());
      String label = label();
      List<Question> chosen = choose(bank, dueQuestions);
      if (chosen.isEmpty()) {
        text.println(due ? "No question is due for review today." : "No question matches.");
        text.flush();
        return 0;
      }
      text.println("Mock interview (" + label + "): " + chosen.size() + " question(s).");
      Answers answers = new Answers(root.environment(), root.prompter(), text);
      Rubric rubric = root.services().rubric();
      List<AnswerRecord> records = new ArrayList<>();
      long drawSeed = seed != null ? seed : now.toEpochMilli();
      for (int i = 0; i < chosen.size(); i++) {
        records.add(ask(chosen.get(i), i, chosen.size(), answers, rubric, text, drawSeed));
      }
      Instant end = root.environment().clock().instant();
      PracticeSession session = save(label, now, end, records);
      Map<String, String> next = new LinkedHashMap<>();
      for (AnswerRecord r : records) {
        ReviewCard card =
            planner.review(
                "question:" + r.question(), r.rating(), end, "mock session " + session.id());
        next.put(r.question(), card.dueAt().toString());
      }
      double score = records.stream().mapToDouble(AnswerRecord::score).average().orElse(0);
      summary(text, chosen, records, next, score, session.id());
      if (json) {
        spec.commandLine()
            .getOut()
            .println(Json.write(new SessionReport(session.id(), label, records, score, next)));
        spec.commandLine().getOut().flush();
      }
    }
    return 0;
  }

  private ReviewPlanner planner() {
    return new ReviewPlanner(
        root.services().store().reviews(), root.environment().clock().getZone());
  }

  private String label() {
    if (!questions.isEmpty()) {
      return "questions " + String.join(", ", questions);
    }
    if (due) {
      return "due for review";
    }
    if (!areas.isEmpty()) {
      return "areas " + String.join(", ", areas);
    }
    return preset().id();
  }

  private Preset preset() {
    String id = preset == null ? Preset.RESEARCH_ENGINEER.id() : preset;
    return Named.find(Preset.class, id)
        .orElseThrow(
            () ->
                new UserError(
                    "--preset must be research-engineer or research-scientist, not '" + id + "'"));
  }

  private List<Question> choose(QuestionBank bank, Set<String> dueQuestions) {
    if (!questions.isEmpty()) {
      List<Question> out = new ArrayList<>();
      for (String id : questions) {
        out.add(
            bank.question(id)
                .orElseThrow(
                    () ->
                        new UserError(
                            "no question '"
                                + id
                                + "' in the bank; `allclose mock --list` shows them")));
      }
      return out;
    }
    if (due) {
      return bank.questions().stream().filter(q -> dueQuestions.contains(q.id())).toList();
    }
    List<Area> chosenAreas = new ArrayList<>();
    for (String a : areas) {
      chosenAreas.add(
          Named.find(Area.class, a)
              .orElseThrow(
                  () ->
                      new UserError(
                          "--area must be one of " + Named.ids(Area.class) + ", not '" + a + "'")));
    }
    Preset p = preset();
    long s = seed != null ? seed : root.environment().clock().millis();
    try {
      return MockPlan.choose(
          bank,
          chosenAreas.isEmpty() ? p.areas() : chosenAreas,
          perArea,
          chosenAreas.isEmpty() || preset != null ? p.role() : null,
          s,
          dueQuestions);
    } catch (IllegalArgumentException e) {
      throw new UserError("--per-area: " + e.getMessage());
    }
  }

  private AnswerRecord ask(
      Question q,
      int index,
      int total,
      Answers answers,
      Rubric rubric,
      PrintWriter out,
      long drawSeed) {
    out.println();
    out.println(
        "Question "
            + (index + 1)
            + " of "
            + total
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
    List<PointCoverage> coverage = rubric.cover(q.keyPoints(), answer);
    out.println();
    out.println(
        "Rubric: the key points your answer appears to cover (word overlap; confidence in brackets):");
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
    }
    List<Integer> suggested = Rubric.suggested(coverage);
    List<Integer> scores =
        answers.ask(
            "Score each point 0 (missed), 1 (partly) or 2 (covered), separated by spaces; Enter keeps ["
                + Scores.format(suggested)
                + "]: ",
            line -> Scores.parse(line, coverage.size(), Rubric.MAX_POINT_SCORE),
            suggested,
            "Give "
                + coverage.size()
                + " numbers from 0 to 2, e.g. "
                + Scores.format(suggested)
                + ".");
    double share = Rubric.share(scores);
    Rating rating = Rating.fromScore(share);
    out.printf(
        Locale.ROOT,
        "Your score: %.0f%% of the rubric (review rating: %s).%n",
        100 * share,
        rating.id());
    out.println();
    out.println("Pitfalls to avoid:");
    q.pitfalls().forEach(p -> out.println("  - " + p));
    String followUp =
        q.followUps().get((int) Math.floorMod(drawSeed + index, (long) q.followUps().size()));
    out.println();
    out.println("Follow-up: " + followUp);
    out.println();
    out.println("Model answer:");
    q.modelAnswer().lines().forEach(l -> out.println("  " + l));
    out.flush();
    return new AnswerRecord(
        q.id(),
        answer,
        watch.elapsed().toMillis(),
        watch.budget().toMillis(),
        coverage,
        scores,
        share,
        rating,
        followUp);
  }

  private PracticeSession save(
      String label, Instant start, Instant end, List<AnswerRecord> records) {
    List<PracticeAnswer> rows = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      AnswerRecord r = records.get(i);
      rows.add(
          new PracticeAnswer(
              i,
              r.question(),
              Json.compact(Map.of("answer", r.answer())),
              r.elapsedMs(),
              r.budgetMs(),
              Json.compact(r),
              r.score()));
    }
    return root.services().store().practice().record("mock", label, start, end, rows);
  }

  private void summary(
      PrintWriter out,
      List<Question> chosen,
      List<AnswerRecord> records,
      Map<String, String> next,
      double score,
      String session) {
    out.println();
    Table t =
        new Table(
            List.of("Question", "Time", "Score", "Next review"), List.of(false, true, true, false));
    for (int i = 0; i < records.size(); i++) {
      AnswerRecord r = records.get(i);
      t.row(
          List.of(
              chosen.get(i).title(),
              Stopwatch.human(Duration.ofMillis(r.elapsedMs())),
              Math.round(100 * r.score()) + "%",
              next.getOrDefault(r.question(), "-")
                  .substring(0, Math.min(10, next.getOrDefault(r.question(), "-").length()))));
    }
    t.print(out);
    out.printf(
        Locale.ROOT, "Session %s saved; overall %.0f%% of the rubrics.%n", session, 100 * score);
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
