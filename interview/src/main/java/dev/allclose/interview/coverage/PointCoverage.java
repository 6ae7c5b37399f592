package dev.allclose.interview.coverage;

import org.jspecify.annotations.Nullable;

/**
 * The automatic verdict on one key point.
 *
 * @param score the idf-weighted share of the key point's terms found in the best-matching passage
 *     of the answer, in [0, 1]
 * @param evidence that passage (one or two consecutive sentences), or null when nothing matched
 */
public record PointCoverage(
    String keyPoint,
    double score,
    Verdict verdict,
    Confidence confidence,
    @Nullable String evidence) {}
