package dev.allclose.plan.schedule;

import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.PlanPhase;
import dev.allclose.store.StoredPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A stored plan with its phases and items as they stand, and any notes from building it.
 *
 * @param items by day and position
 */
public record PlanView(
    StoredPlan plan, List<PlanPhase> phases, List<PlanItemRecord> items, List<String> notes) {
  public PlanView {
    phases = List.copyOf(phases);
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  public List<PlanItemRecord> on(LocalDate day) {
    return items.stream().filter(i -> i.day().equals(day)).toList();
  }

  /** Every day of the plan, from the start to the day before the interview, with its items. */
  public Map<LocalDate, List<PlanItemRecord>> days() {
    Map<LocalDate, List<PlanItemRecord>> days = new TreeMap<>();
    for (LocalDate d = plan.start(); d.isBefore(plan.interview()); d = d.plusDays(1)) {
      days.put(d, on(d));
    }
    return days;
  }

  /** The phase (or phases, joined by " + ", when they share the day) a day belongs to. */
  public String phaseOf(LocalDate day) {
    return phases.stream()
        .filter(p -> p.covers(day))
        .map(PlanPhase::title)
        .collect(Collectors.joining(" + "));
  }
}
