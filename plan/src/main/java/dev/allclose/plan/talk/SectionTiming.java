package dev.allclose.plan.talk;

import java.time.Duration;

/**
 * How one section of a rehearsal went.
 *
 * @param elapsed the time the whole talk has taken up to the end of this section
 * @param planned the time the budget allows up to the end of this section
 */
public record SectionTiming(
    SectionBudget section, Duration actual, Duration elapsed, Duration planned) {
  /** Time over the section's box; zero or negative when it fitted. */
  public Duration overrun() {
    return actual.minus(section.time());
  }

  public boolean over() {
    return overrun().isPositive();
  }

  /** How far the talk as a whole is behind its budget (negative: ahead). */
  public Duration behind() {
    return elapsed.minus(planned);
  }
}
