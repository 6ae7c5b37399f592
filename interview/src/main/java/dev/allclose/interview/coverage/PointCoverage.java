package dev.allclose.interview.coverage;

import org.jspecify.annotations.Nullable;

/**
 * The automatic verdict on one key point.
 *
 * @param score how closely the best-matching passage of the answer states the point, in [0, 1]: a
 *     weighted sum of the cosine similarity of their sentence embeddings and the idf-weighted share
 *     of the point's terms the passage holds (the share alone when no embedding model could be
 *     loaded); 0 when the point is flagged
 * @param evidence that passage (one or two consecutive sentences), or the passage that made the
 *     misconception; null when nothing matched
 * @param flagged the misconception the answer appears to state instead of the point, or null; a
 *     flagged point is always missed
 */
public record PointCoverage(
    String keyPoint,
    double score,
    Verdict verdict,
    Confidence confidence,
    @Nullable String evidence,
    @Nullable String flagged) {
  /** A verdict with no misconception. */
  public PointCoverage(
      String keyPoint,
      double score,
      Verdict verdict,
      Confidence confidence,
      @Nullable String evidence) {
    this(keyPoint, score, verdict, confidence, evidence, null);
  }
}
