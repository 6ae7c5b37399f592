package dev.allclose.app.rounds;

import dev.allclose.app.AppException;
import dev.allclose.app.Json;
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
import dev.allclose.store.ReviewCard;
import dev.allclose.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The mock interview round: which questions a session asks, the rubric's reading of an answer, the
 * score the user's self-scores give, and the stored session with each question's next review. The
 * front end asks the questions and reads the answers. Thread-safe.
 */
public final class MockInterviews {
  private final Supplier<Store> store;
  private final Supplier<QuestionBank> bank;
  private final Supplier<Rubric> rubric;
  private final Clock clock;

  public MockInterviews(
      Supplier<Store> store, Supplier<QuestionBank> bank, Supplier<Rubric> rubric, Clock clock) {
    this.store = store;
    this.bank = bank;
    this.rubric = rubric;
    this.clock = clock;
  }

  /** The questions of one session and the label it is stored under. */
  public record Plan(String label, List<Question> questions, long seed) {}

  /** The result of a finished session. */
  public record Result(
      String session,
      String label,
      List<AnswerRecord> answers,
      double score,
      Map<String, String> nextReviews) {}

  /** The questions a request asks; an unknown id, area or preset is refused with what exists. */
  public Plan plan(MockRequest request) {
    List<Question> chosen = choose(request);
    return new Plan(label(request), chosen, request.seed());
  }

  /** The rubric's reading of an answer: the key points it appears to cover. */
  public List<PointCoverage> cover(Question q, String answer) {
    return rubric.get().cover(q.keyPoints(), answer);
  }

  /**
   * One answered question, scored from the user's self-scores, with its follow-up question (drawn
   * from the session's seed and the question's place in it).
   */
  public AnswerRecord answered(
      Plan plan,
      int index,
      String answer,
      Duration elapsed,
      Duration budget,
      List<PointCoverage> coverage,
      List<Integer> selfScores) {
    Question q = plan.questions().get(index);
    double share = Rubric.share(selfScores);
    String followUp =
        q.followUps().get((int) Math.floorMod(plan.seed() + index, (long) q.followUps().size()));
    return new AnswerRecord(
        q.id(),
        answer,
        elapsed.toMillis(),
        budget.toMillis(),
        coverage,
        selfScores,
        share,
        Rating.fromScore(share),
        followUp);
  }

  /** Stores the session and schedules each question's next review from its rating. */
  public Result finish(Plan plan, Instant start, List<AnswerRecord> answers) {
    Instant end = clock.instant();
    List<PracticeAnswer> rows = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      AnswerRecord r = answers.get(i);
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
    String session = store.get().practice().record("mock", plan.label(), start, end, rows).id();
    Map<String, String> next = new LinkedHashMap<>();
    try (ReviewPlanner planner = planner()) {
      for (AnswerRecord r : answers) {
        ReviewCard card =
            planner.review("question:" + r.question(), r.rating(), end, "mock session " + session);
        next.put(r.question(), card.dueAt().toString());
      }
    }
    double score = answers.stream().mapToDouble(AnswerRecord::score).average().orElse(0);
    return new Result(session, plan.label(), answers, score, next);
  }

  private ReviewPlanner planner() {
    return new ReviewPlanner(store.get().reviews(), clock.getZone());
  }

  private Set<String> dueQuestions() {
    try (ReviewPlanner planner = planner()) {
      return planner.dueToday(clock.instant()).stream()
          .filter(d -> d.kind().equals("question"))
          .map(DueItem::id)
          .collect(Collectors.toSet());
    }
  }

  private static String label(MockRequest r) {
    if (!r.questions().isEmpty()) {
      return "questions " + String.join(", ", r.questions());
    }
    if (r.due()) {
      return "due for review";
    }
    if (!r.areas().isEmpty()) {
      return "areas " + String.join(", ", r.areas());
    }
    return preset(r).id();
  }

  private static Preset preset(MockRequest r) {
    String id = r.preset() == null ? Preset.RESEARCH_ENGINEER.id() : r.preset();
    return Named.find(Preset.class, id)
        .orElseThrow(
            () ->
                AppException.invalid(
                    "--preset must be research-engineer or research-scientist, not '" + id + "'"));
  }

  private List<Question> choose(MockRequest r) {
    QuestionBank b = bank.get();
    if (!r.questions().isEmpty()) {
      List<Question> out = new ArrayList<>();
      for (String id : r.questions()) {
        out.add(
            b.question(id)
                .orElseThrow(
                    () ->
                        AppException.notFound(
                            "no question '"
                                + id
                                + "' in the bank; `allclose mock --list` shows them")));
      }
      return out;
    }
    Set<String> due = dueQuestions();
    if (r.due()) {
      return b.questions().stream().filter(q -> due.contains(q.id())).toList();
    }
    List<Area> chosenAreas = new ArrayList<>();
    for (String a : r.areas()) {
      chosenAreas.add(
          Named.find(Area.class, a)
              .orElseThrow(
                  () ->
                      AppException.invalid(
                          "--area must be one of " + Named.ids(Area.class) + ", not '" + a + "'")));
    }
    Preset p = preset(r);
    try {
      return MockPlan.choose(
          b,
          chosenAreas.isEmpty() ? p.areas() : chosenAreas,
          r.perArea(),
          chosenAreas.isEmpty() || r.preset() != null ? p.role() : null,
          r.seed(),
          due);
    } catch (IllegalArgumentException e) {
      throw AppException.invalid("--per-area: " + e.getMessage());
    }
  }
}
