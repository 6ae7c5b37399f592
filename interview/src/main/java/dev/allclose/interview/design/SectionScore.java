package dev.allclose.interview.design;

import dev.allclose.interview.coverage.PointCoverage;
import java.util.List;

/**
 * How one section of a design matches the model design.
 *
 * @param points the model section's sentences, each with its coverage by the user's section
 * @param score the mean coverage score of those sentences, in [0, 1]
 */
public record SectionScore(String section, List<PointCoverage> points, double score) {
  public SectionScore {
    points = List.copyOf(points);
  }
}
