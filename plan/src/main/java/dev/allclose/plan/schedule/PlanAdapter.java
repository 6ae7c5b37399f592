package dev.allclose.plan.schedule;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.store.NewPlanItem;
import dev.allclose.store.PlanItemMove;
import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.StoredPlan;
import dev.allclose.store.SubmissionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides how a stored plan adapts to today, without writing anything.
 *
 * <ol>
 *   <li>A problem or review item is done once a full submission of its problem is accepted after
 *       the item entered the plan.
 *   <li>An item of a past day that is not done (missed, or failed: its problem was rejected) moves
 *       forward, oldest first, to the earliest day from today whose planned minutes leave room for
 *       it under the daily budget, or else to the least loaded day.
 *   <li>Every problem the {@link ReviewSource} names that has no pending item from today on comes
 *       back as a review item, placed the same way.
 * </ol>
 *
 * Nothing moves before the plan starts or once the interview day has come. Stateless.
 */
public final class PlanAdapter {
  static final String REVIEW_PHASE = "Review";

  private PlanAdapter() {}

  public static Adaptation adapt(
      StoredPlan plan,
      List<PlanItemRecord> items,
      LocalDate today,
      List<SubmissionSummary> history,
      Set<String> dueForReview,
      Map<String, CatalogProblem> catalog) {
    Map<String, Instant> done = doneNow(items, history);
    LocalDate from = today.isBefore(plan.start()) ? plan.start() : today;
    if (!from.isBefore(plan.interview())) {
      return new Adaptation(done, List.of(), List.of());
    }
    SortedMap<LocalDate, Integer> load = new TreeMap<>();
    for (LocalDate d = from; d.isBefore(plan.interview()); d = d.plusDays(1)) {
      load.put(d, 0);
    }
    items.stream()
        .filter(i -> load.containsKey(i.day()))
        .forEach(i -> load.merge(i.day(), i.minutes(), Integer::sum));
    List<PlanItemMove> moves = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    items.stream()
        .filter(i -> !i.done() && !done.containsKey(i.id()))
        .sorted(Comparator.comparing(PlanItemRecord::day).thenComparing(PlanItemRecord::position))
        .forEach(
            i -> {
              if (i.day().isBefore(today)) {
                moves.add(new PlanItemMove(i.id(), place(load, i.minutes(), plan.dailyMinutes())));
              }
              pending.add(i.ref());
            });
    List<NewPlanItem> added = new ArrayList<>();
    for (String slug : dueForReview) {
      CatalogProblem p = catalog.get(slug);
      if (p != null && !pending.contains(slug)) {
        LocalDate day = place(load, p.minutes(), plan.dailyMinutes());
        added.add(
            new NewPlanItem(
                day, REVIEW_PHASE, ItemKind.REVIEW.id(), slug, "Review " + p.label(), p.minutes()));
      }
    }
    return new Adaptation(done, moves, added);
  }

  private static Map<String, Instant> doneNow(
      List<PlanItemRecord> items, List<SubmissionSummary> history) {
    Map<String, Instant> done = new LinkedHashMap<>();
    for (PlanItemRecord i : items) {
      if (!i.done() && ItemKind.of(i.kind()).judged()) {
        history.stream()
            .filter(s -> s.full() && s.accepted() && s.problem().equals(i.ref()))
            .filter(s -> !s.createdAt().isBefore(i.addedAt()))
            .findFirst()
            .ifPresent(s -> done.put(i.id(), s.createdAt()));
      }
    }
    return done;
  }

  /** The earliest day with room for {@code minutes}, else the least loaded; books it. */
  private static LocalDate place(SortedMap<LocalDate, Integer> load, int minutes, int budget) {
    LocalDate least = load.firstKey();
    int leastLoad = Integer.MAX_VALUE;
    for (Map.Entry<LocalDate, Integer> day : load.entrySet()) {
      if (day.getValue() + minutes <= budget) {
        least = day.getKey();
        break;
      }
      if (day.getValue() < leastLoad) {
        least = day.getKey();
        leastLoad = day.getValue();
      }
    }
    load.merge(least, minutes, Integer::sum);
    return least;
  }
}
