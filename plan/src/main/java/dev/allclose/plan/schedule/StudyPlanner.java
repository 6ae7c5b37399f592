package dev.allclose.plan.schedule;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.store.NewPlanItem;
import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.PlanPhase;
import dev.allclose.store.ProgressRow;
import dev.allclose.store.Store;
import dev.allclose.store.StoredPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The study plan over the store: makes a plan from a request and the tracker, and brings the stored
 * plan up to date with what was done (see {@link PlanAdapter}) each time it is read.
 */
public final class StudyPlanner {
  private final Store store;
  private final List<CatalogProblem> catalog;
  private final ReviewSource review;

  public StudyPlanner(Store store, List<CatalogProblem> catalog, ReviewSource review) {
    this.store = store;
    this.catalog = List.copyOf(catalog);
    this.review = review;
  }

  /** Builds and stores a new plan (retiring any other), leaving out what is already solved. */
  public PlanView create(PlanRequest request) {
    Set<String> solved =
        store.progress().rows(catalog.stream().map(CatalogProblem::slug).toList()).stream()
            .filter(ProgressRow::solved)
            .map(ProgressRow::problem)
            .collect(Collectors.toSet());
    PlanDraft draft =
        StudyPlanBuilder.build(PlanStructure.load(request.focus()), request, catalog, solved);
    StoredPlan plan =
        store
            .studyPlans()
            .create(
                request.start(),
                request.interview(),
                request.dailyMinutes(),
                request.focus().id(),
                draft.phases(),
                draft.items().stream()
                    .map(
                        i ->
                            new NewPlanItem(
                                i.day(), i.phase(), i.kind().id(), i.ref(), i.title(), i.minutes()))
                    .toList());
    return new PlanView(plan, draft.phases(), store.studyPlans().items(plan.id()), draft.notes());
  }

  /** The active plan adapted to {@code today} (and the adaptation stored), if there is one. */
  public Optional<PlanView> current(LocalDate today) {
    return store.studyPlans().active().map(plan -> adapted(plan, today));
  }

  private PlanView adapted(StoredPlan plan, LocalDate today) {
    List<PlanItemRecord> items = store.studyPlans().items(plan.id());
    List<PlanPhase> phases = store.studyPlans().phases(plan.id());
    Map<String, CatalogProblem> bySlug =
        catalog.stream().collect(Collectors.toMap(CatalogProblem::slug, Function.identity()));
    Adaptation change =
        PlanAdapter.adapt(plan, items, today, store.history().all(), review.due(today), bySlug);
    if (change.isEmpty()) {
      return new PlanView(plan, phases, items, List.of());
    }
    store.studyPlans().adapt(plan.id(), change.done(), change.moves(), change.added());
    return new PlanView(plan, phases, store.studyPlans().items(plan.id()), List.of());
  }
}
