package dev.allclose.plan.stats;

import dev.allclose.plan.CatalogProblem;
import org.jspecify.annotations.Nullable;

/**
 * What one attempted problem cost: full submissions up to and including the first accepted one (all
 * of them while unsolved), and the time from the start of the clock to that acceptance (or to the
 * latest submission while unsolved) against the problem's budget.
 */
public record ProblemEffort(
    CatalogProblem problem, boolean solved, int attempts, int rejected, @Nullable Long timeMs) {
  /** Time over budget as a ratio (1.0 is exactly on budget), or null without a clock. */
  public @Nullable Double budgetRatio() {
    return timeMs == null ? null : timeMs / (problem.minutes() * 60_000.0);
  }

  public boolean overBudget() {
    Double ratio = budgetRatio();
    return ratio != null && ratio > 1.0;
  }

  /**
   * How hard the problem went: each rejected submission counts 1, an unsolved problem 2 more, a
   * time over budget 1 more. Zero for a first-time acceptance on budget.
   */
  public int struggle() {
    return rejected + (solved ? 0 : 2) + (overBudget() ? 1 : 0);
  }
}
