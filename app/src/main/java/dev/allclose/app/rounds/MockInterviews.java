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
import dev.allclose.store.UnconfirmedRating;
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
    return rubric.get().cover(q, answer);
  }

  /**
   * One answered question, scored from the user's self-scores, with its follow-up question (drawn
   * from the session's seed and the question's place in it).
   *
   * @param confirmed whether the user gave or accepted {@code selfScores} (false: they are the
   *     rubric's suggestion, kept because nothing was typed)
   */
  public AnswerRecord answered(
      Plan plan,
      int index,
      String answer,
      Duration elapsed,
      Duration budget,
      List<PointCoverage> coverage,
      List<Integer> selfScores,
      boolean confirmed) {
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
        confirmed,
        share,
        Rating.fromScore(share),
        followUp);
  }

  /**
   * Stores the session and schedules each question's next review from its rating; a rating from
   * unconfirmed self-scores schedules cautiously and waits for {@link #confirm}.
   */
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
      for (int i = 0; i < answers.size(); i++) {
        AnswerRecord r = answers.get(i);
        String item = QUESTION + r.question();
        String source = "mock session " + session;
        ReviewCard card =
            r.confirmed()
                ? planner.review(item, r.rating(), end, source)
                : planner.reviewUnconfirmed(
                    item,
                    r.rating(),
                    end,
                    source,
                    Json.compact(new Pending(session, i, r.answer(), r.selfScores())));
        next.put(r.question(), card.dueAt().toString());
      }
    }
    double score = answers.stream().mapToDouble(AnswerRecord::score).average().orElse(0);
    return new Result(session, plan.label(), answers, score, next);
  }

  /** What an unconfirmed rating keeps to ask for the score again. */
  record Pending(String session, int index, String answer, List<Integer> suggested) {}

  /**
   * A mock answer whose self-scores were left at the rubric's suggestion, waiting for the user's.
   *
   * @param estimate the rating the suggestion gave
   */
  public record Unconfirmed(
      Question question,
      String answer,
      List<Integer> suggested,
      Rating estimate,
      Instant answeredAt,
      String session) {}

  /** The user's rating of an unconfirmed answer and the next review it gives. */
  public record Confirmed(String question, double score, Rating rating, Instant due) {}

  /**
   * The mock answers whose ratings are still the rubric's estimate, oldest first; questions no
   * longer in the bank are left out (nothing can be asked about them).
   */
  public List<Unconfirmed> unconfirmed() {
    List<Unconfirmed> out = new ArrayList<>();
    try (ReviewPlanner planner = planner()) {
      for (UnconfirmedRating u : planner.unconfirmed()) {
        if (!u.item().startsWith(QUESTION)) {
          continue;
        }
        Pending p = Json.read(u.detail(), Pending.class);
        bank.get()
            .question(u.item().substring(QUESTION.length()))
            .ifPresent(
                q ->
                    out.add(
                        new Unconfirmed(
                            q,
                            p.answer(),
                            p.suggested(),
                            Rating.fromId(u.estimate()).orElse(Rating.AGAIN),
                            u.reviewedAt(),
                            p.session())));
      }
    }
    return out;
  }

  /**
   * The user's self-scores for an answer that was left at the rubric's suggestion: they replace the
   * estimate's rating in the question's review.
   */
  public Confirmed confirm(String question, List<Integer> selfScores) {
    Question q =
        bank.get()
            .question(question)
            .orElseThrow(() -> AppException.notFound("no question '" + question + "' in the bank"));
    if (selfScores.size() != q.keyPoints().size()
        || selfScores.stream().anyMatch(s -> s < 0 || s > Rubric.MAX_POINT_SCORE)) {
      throw AppException.invalid(
          q.id()
              + " has "
              + q.keyPoints().size()
              + " key points: give one score from 0 to "
              + Rubric.MAX_POINT_SCORE
              + " for each");
    }
    double share = Rubric.share(selfScores);
    Rating rating = Rating.fromScore(share);
    try (ReviewPlanner planner = planner()) {
      ReviewCard card =
          planner
              .confirm(QUESTION + q.id(), rating)
              .orElseThrow(
                  () ->
                      AppException.invalid(
                          "the review of '" + q.id() + "' has no unconfirmed score to replace"));
      return new Confirmed(q.id(), share, rating, card.dueAt());
    }
  }

  private static final String QUESTION = "question:";

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
