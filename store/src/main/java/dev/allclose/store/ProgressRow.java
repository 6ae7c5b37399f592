package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the progress tracker.
 *
 * @param status {@code solved}, {@code attempted} or {@code todo}
 * @param firstSolved when a full submission was first accepted
 * @param attempts full submissions made (runs of the samples are not counted)
 * @param timeMs time from the start of the attempt to the first accepted submission or, while
 *     unsolved, to the latest one; null when the clock was never started
 */
public record ProgressRow(
    String problem,
    String status,
    @Nullable Instant firstSolved,
    int attempts,
    @Nullable Long timeMs,
    @Nullable String note) {}
