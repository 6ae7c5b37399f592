package dev.allclose.plan.stats;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the tracker table as exported: the problem's number and title, its status ({@code
 * solved}, {@code attempted} or {@code todo}), the day it was first solved, the time it took and
 * the note.
 */
public record TrackerRow(
    int number,
    String problem,
    String status,
    @Nullable LocalDate date,
    @Nullable Long timeMs,
    @Nullable String notes) {}
