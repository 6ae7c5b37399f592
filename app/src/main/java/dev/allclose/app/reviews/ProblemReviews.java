package dev.allclose.app.reviews;

import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.review.DueItem;
import dev.allclose.interview.review.ProblemOutcome;
import dev.allclose.interview.review.ReviewPlanner;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.plan.schedule.ReviewSource;
import dev.allclose.store.Store;
import dev.allclose.store.StoredPlan;
import dev.allclose.store.SubmissionRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What is due for review, and where the study plan and the spaced-repetition schedule meet: the
 * catalog problems' latest full submissions as review outcomes, and the FSRS schedule of problems
 * as the plan's {@link ReviewSource}. The application layer joins them because neither the plan nor
 * the interview module knows the other.
 */
public final class ProblemReviews {
  private final Supplier<Store> store;
  private final Supplier<ProblemCatalog> catalog;
  private final Supplier<QuestionBank> bank;
  private final Clock clock;

  public ProblemReviews(
      Supplier<Store> store,
      Supplier<ProblemCatalog> catalog,
      Supplier<QuestionBank> bank,
      Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.bank = bank;
    this.clock = clock;
  }

  /** A review planner over the store, in the clock's zone; close it after use. */
  public ReviewPlanner planner() {
    return new ReviewPlanner(store.get().reviews(), clock.getZone());
  }

  /** The latest full submission of every catalog problem that has one. */
  public List<ProblemOutcome> outcomes() {
    List<ProblemOutcome> out = new ArrayList<>();
    for (ProblemPackage p : catalog.get().problems()) {
      Optional<SubmissionRecord> latest =
          store.get().submissions().list(p.slug()).stream()
              .filter(s -> s.kind().equals("submit"))
              .findFirst();
      latest.ifPresent(
          s ->
              out.add(
                  new ProblemOutcome(
                      p.slug(),
                      s.verdict(),
                      s.createdAt(),
                      s.id(),
                      s.elapsedMs(),
                      p.metadata().minutes())));
    }
    return out;
  }

  /**
   * The problems FSRS has due by the end of a day (the deadline's pull included), after applying
   * submissions newer than their cards. The scheduler only starts when a submission has to be
   * applied, so reading the plan stays fast.
   */
  public ReviewSource fsrs() {
    Instant now = clock.instant();
    return day -> {
      try (ReviewPlanner planner = planner()) {
        planner.syncProblems(outcomes());
        Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Set<String> due = new TreeSet<>();
        for (DueItem d : planner.schedule(now)) {
          if (d.kind().equals("problem") && d.due().isBefore(endOfDay)) {
            due.add(d.id());
          }
        }
        return due;
      }
    };
  }

  /** Today's review items, or every scheduled one, after applying newer submissions. */
  public ReviewSchedule schedule(boolean all) {
    Instant now = clock.instant();
    try (ReviewPlanner planner = planner()) {
      planner.syncProblems(outcomes());
      List<DueItem> items = all ? planner.schedule(now) : planner.dueToday(now);
      ReviewSchedule.Item next = null;
      if (items.isEmpty()) {
        next = planner.schedule(now).stream().findFirst().map(this::item).orElse(null);
      }
      return new ReviewSchedule(
          planner.deadline().orElse(null),
          LocalDate.ofInstant(now, clock.getZone()),
          items.stream().map(this::item).toList(),
          next);
    }
  }

  /**
   * Sets (or, with null, clears) the interview date the reviews aim at.
   *
   * @return the study plan's interview date when the plan aims at another day
   */
  public Optional<LocalDate> aimAt(@Nullable LocalDate date) {
    try (ReviewPlanner planner = planner()) {
      planner.deadline(date);
    }
    return store
        .get()
        .studyPlans()
        .active()
        .map(StoredPlan::interview)
        .filter(d -> !d.equals(date));
  }

  private ReviewSchedule.Item item(DueItem d) {
    return new ReviewSchedule.Item(
        d.card().item(),
        d.kind(),
        d.id(),
        title(d),
        d.due(),
        d.pulled(),
        d.card().lastReviewAt(),
        d.card().reviews());
  }

  /** A question's title, or "#number title" for a catalog problem. */
  private String title(DueItem d) {
    if (d.kind().equals("question")) {
      return bank.get()
          .question(d.id())
          .map(Question::title)
          .orElse(d.id() + " (no longer in the bank)");
    }
    return catalog
        .get()
        .find(d.id())
        .map(p -> "#" + p.metadata().number() + " " + p.metadata().title())
        .orElse(d.id());
  }

  /** Makes {@code interview} the review deadline too, so both schedules aim at the same day. */
  public void aimReviewsAt(LocalDate interview) {
    try (ReviewPlanner planner = planner()) {
      planner.deadline(interview);
    }
  }
}
