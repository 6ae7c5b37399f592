package dev.allclose.plan.schedule;

import java.time.LocalDate;

/**
 * One piece of work on one day of a freshly built plan.
 *
 * @param phase the title of the phase it belongs to
 * @param ref a problem's slug, or a task's id in the plan content
 */
public record PlannedItem(
    LocalDate day, String phase, ItemKind kind, String ref, String title, int minutes) {
  /** The same item on another day. */
  PlannedItem on(LocalDate other) {
    return new PlannedItem(other, phase, kind, ref, title, minutes);
  }
}
