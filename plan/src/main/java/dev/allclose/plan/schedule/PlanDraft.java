package dev.allclose.plan.schedule;

import dev.allclose.store.PlanPhase;
import java.util.List;

/**
 * A plan as built, before it is stored: the days each phase covers, its items by day (in order
 * within each day) and notes about how it fits the dates and the daily minutes.
 */
public record PlanDraft(List<PlanPhase> phases, List<PlannedItem> items, List<String> notes) {
  public PlanDraft {
    phases = List.copyOf(phases);
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
