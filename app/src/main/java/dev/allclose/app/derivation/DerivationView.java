package dev.allclose.app.derivation;

import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.Verdict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem's derivation as the user may see it now.
 *
 * @param keyPoints how many key points the rubric has
 * @param written the user's latest derivation, null before the first one
 * @param model the model derivation (Markdown with maths), null while closed
 * @param points the rubric's key points, null while the model derivation is closed (they would give
 *     it away)
 * @param modelClosedBecause null when the model derivation may be shown; otherwise the one-line
 *     reason, which says how it opens
 */
public record DerivationView(
    int keyPoints,
    @Nullable Written written,
    @Nullable String model,
    @Nullable List<String> points,
    @Nullable String modelClosedBecause) {

  /**
   * The user's latest derivation.
   *
   * @param score the share of the rubric earned, in [0, 1] (2 per point covered, 1 partly)
   * @param coverage each key point's verdict, null while the model derivation is closed
   * @param versions how many versions were stored, this one included
   */
  public record Written(
      String text,
      double score,
      Counts counts,
      @Nullable List<PointCoverage> coverage,
      Instant writtenAt,
      int versions) {}

  /** How many key points the derivation covers, partly covers and misses. */
  public record Counts(int covered, int partly, int missed) {
    static Counts of(List<PointCoverage> coverage) {
      return new Counts(
          count(coverage, Verdict.COVERED),
          count(coverage, Verdict.PARTLY),
          count(coverage, Verdict.MISSED));
    }

    private static int count(List<PointCoverage> coverage, Verdict v) {
      return (int) coverage.stream().filter(c -> c.verdict() == v).count();
    }
  }
}
