package dev.allclose.app.plan;

import dev.allclose.app.reviews.ProblemReviews;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.schedule.RejectedSubmissions;
import dev.allclose.plan.schedule.StudyPlanner;
import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.Store;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The study plan up to the interview day. Its review source joins two rules: a problem whose latest
 * full submission was rejected comes back, and so does one the FSRS schedule has due. Thread-safe.
 */
public final class StudyPlanning {
  private final Supplier<Store> store;
  private final Supplier<ProblemCatalog> catalog;
  private final ProblemReviews reviews;
  private final Clock clock;

  public StudyPlanning(
      Supplier<Store> store,
      Supplier<ProblemCatalog> catalog,
      ProblemReviews reviews,
      Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** The planner over the whole catalog, with both review rules. */
  public StudyPlanner planner() {
    Store s = store.get();
    return new StudyPlanner(
        s,
        catalog.get().problems().stream().map(CatalogProblem::of).toList(),
        new RejectedSubmissions(s.history().all()).and(reviews.fsrs()));
  }

  /** Ticks an item of a plan done (now), or takes the tick back. */
  public void markDone(String planId, PlanItemRecord item, boolean done) {
    store.get().studyPlans().markDone(planId, item.id(), done ? clock.instant() : null);
  }
}
