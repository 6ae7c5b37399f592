package dev.allclose.interview.critique;

import dev.allclose.interview.coverage.Confidence;
import dev.allclose.interview.coverage.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * How well a critique found one planted flaw.
 *
 * @param score the best coverage of the flaw's signs by any passage of the critique, in [0, 1]
 * @param section the critique section holding that passage, or null when nothing matched
 */
public record FlawScore(
    String flaw,
    String kind,
    double score,
    Verdict verdict,
    Confidence confidence,
    @Nullable String section,
    @Nullable String evidence) {}
