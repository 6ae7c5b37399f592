package dev.allclose.plan.schedule;

import dev.allclose.plan.CatalogProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One phase of a plan structure.
 *
 * @param weeks its weight: the share of the plan's days it gets is {@code weeks} over the sum
 * @param problemsPerDay the usual load of problems; more per day means the phase is compressed
 * @param others whether it also takes the problems no phase selects
 * @param tasks one-off tasks spread over the phase's days, {@code tasksPerDay} as usual load
 * @param daily tasks repeated on every day of the phase
 * @param emptyDay a task for any day of the phase left without a problem or a one-off task
 */
public record Phase(
    String id,
    String title,
    int weeks,
    int problemsPerDay,
    List<ProblemSelector> problems,
    boolean others,
    int tasksPerDay,
    List<TaskTemplate> tasks,
    List<TaskTemplate> daily,
    @Nullable TaskTemplate emptyDay) {
  public Phase {
    problems = List.copyOf(problems);
    tasks = List.copyOf(tasks);
    daily = List.copyOf(daily);
  }

  /** Whether it has work of its own besides problems: one-off, daily or empty-day tasks. */
  boolean hasTasks() {
    return !tasks.isEmpty() || !daily.isEmpty() || emptyDay != null;
  }

  boolean selects(CatalogProblem p) {
    return problems.stream().anyMatch(s -> s.matches(p));
  }
}
