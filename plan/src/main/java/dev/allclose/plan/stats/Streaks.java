package dev.allclose.plan.stats;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Runs of consecutive practice days (days with at least one judged submission, samples or full).
 *
 * @param current the run that ends today, or yesterday while today has none yet; 0 otherwise
 * @param longest the longest run ever
 * @param lastDay the latest practice day, if any
 */
public record Streaks(int current, int longest, @Nullable LocalDate lastDay) {}
