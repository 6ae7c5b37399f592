package dev.allclose.plan.talk;

import java.time.Duration;
import java.util.List;

/**
 * One timebox of a talk: its share of the time, the time itself, and its parts' slides.
 *
 * @param time exact: the talk's length times {@code percent} over 100, to the millisecond
 */
public record SectionBudget(
    String id, String title, int percent, Duration time, List<PartBudget> parts) {
  public SectionBudget {
    parts = List.copyOf(parts);
  }

  public int slides() {
    return parts.stream().mapToInt(PartBudget::slides).sum();
  }
}
