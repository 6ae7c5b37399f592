package dev.allclose.interview.critique;

import dev.allclose.interview.coverage.PointCoverage;
import java.util.List;

/**
 * A scored critique.
 *
 * @param flaws one score per planted flaw
 * @param claim how well the claim section matches the key's statement of the claim
 * @param firstExperiment how well the first-experiment section matches the key's
 * @param score the share of flaws found (found 1, partly 1/2)
 */
public record CritiqueResult(
    String paper,
    List<FlawScore> flaws,
    PointCoverage claim,
    PointCoverage firstExperiment,
    double score) {
  public CritiqueResult {
    flaws = List.copyOf(flaws);
  }
}
