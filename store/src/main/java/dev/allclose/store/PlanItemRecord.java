package dev.allclose.store;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plan item as stored.
 *
 * @param position order within its day
 * @param firstDay the day it was first planned for; differs from {@code day} once it moved
 * @param addedAt when it entered the plan (a problem item is done by an acceptance after this)
 * @param doneAt when it was done, or null
 */
public record PlanItemRecord(
    String id,
    String planId,
    LocalDate day,
    int position,
    String phase,
    String kind,
    String ref,
    String title,
    int minutes,
    LocalDate firstDay,
    Instant addedAt,
    @Nullable Instant doneAt) {

  public boolean done() {
    return doneAt != null;
  }
}
