package dev.allclose.store;

import java.time.LocalDate;

/**
 * One piece of work to put on a plan day; ids, positions and times are the store's.
 *
 * @param kind {@code problem}, {@code task} or {@code review}
 * @param ref the problem's slug, or the task's id in the plan content
 */
public record NewPlanItem(
    LocalDate day, String phase, String kind, String ref, String title, int minutes) {}
