package dev.allclose.plan.schedule;

import java.util.Locale;

/**
 * What a plan item asks for: a catalog problem (done when a full submission is accepted), a task
 * from the plan content (done when ticked), or a problem that came back for review.
 */
public enum ItemKind {
  PROBLEM,
  TASK,
  REVIEW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ItemKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** Problems and reviews are judged, so an accepted submission completes them. */
  public boolean judged() {
    return this != TASK;
  }
}
