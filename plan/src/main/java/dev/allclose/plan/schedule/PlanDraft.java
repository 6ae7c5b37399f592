package dev.allclose.plan.schedule;

import java.util.List;

/**
 * A plan as built, before it is stored: its items by day (in order within each day) and notes about
 * how it fits the dates and the daily minutes.
 */
public record PlanDraft(List<PlannedItem> items, List<String> notes) {
  public PlanDraft {
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
