package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a derivation.
 *
 * @param attemptId the attempt (the problem's clock) it was written in, null when none was started
 * @param score the share of the rubric's key points covered, in [0, 1]
 * @param coverage the rubric's reading of each key point, as JSON made by the application
 */
public record StoredDerivation(
    String id,
    String problem,
    @Nullable String attemptId,
    String body,
    double score,
    String coverage,
    Instant createdAt) {}
