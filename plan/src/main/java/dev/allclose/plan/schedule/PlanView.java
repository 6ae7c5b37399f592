package dev.allclose.plan.schedule;

import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.StoredPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stored plan with its items as they stand, and any notes from building it.
 *
 * @param items by day and position
 */
public record PlanView(StoredPlan plan, List<PlanItemRecord> items, List<String> notes) {
  public PlanView {
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

  /** The phase a day belongs to: that of its first item not added for review, if any. */
  public String phaseOf(LocalDate day) {
    return on(day).stream()
        .map(PlanItemRecord::phase)
        .filter(p -> !p.equals(PlanAdapter.REVIEW_PHASE))
        .findFirst()
        .orElse("");
  }
}
