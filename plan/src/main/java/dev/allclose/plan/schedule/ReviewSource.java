package dev.allclose.plan.schedule;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which problems should come back to the plan for another go on a given day.
 *
 * <p>This is the seam for a spaced-repetition scheduler: the plan asks it each time it adapts and
 * adds a review item for every problem it names that has no pending item already. The built-in
 * source is {@link RejectedSubmissions}; a scheduler of review intervals (FSRS) can be combined
 * with it by {@link #and}.
 */
@FunctionalInterface
public interface ReviewSource {
  /** Slugs of the problems due for review on {@code day}. */
  Set<String> due(LocalDate day);

  /** Problems due by either source. */
  default ReviewSource and(ReviewSource other) {
    return day -> {
      Set<String> both = new TreeSet<>(due(day));
      both.addAll(other.due(day));
      return both;
    };
  }

  static ReviewSource none() {
    return day -> Set.of();
  }
}
