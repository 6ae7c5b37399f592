package dev.allclose.interview.coverage;

/**
 * The numbers of the meaning-based scorer, in one place; {@link #CALIBRATED} holds the values
 * chosen on the labelled answers (see {@link KeyPointCoverage}).
 *
 * @param cosineWeight the weight of cosine similarity in a point's score; the idf-weighted lexical
 *     recall gets the rest
 * @param covered the score at which a point is covered
 * @param partly the score at which a point is partly covered
 * @param flag the cosine similarity to a misconception at which it can be flagged
 * @param flagMargin how much closer to the misconception than to the point a passage must be
 * @param rivalPenalty how much of the lead of another key point over this one, on the same passage,
 *     is taken off the score: a passage that is plainly about another point of the rubric says less
 *     about this one than its similarity suggests
 */
record Thresholds(
    double cosineWeight,
    double covered,
    double partly,
    double flag,
    double flagMargin,
    double rivalPenalty) {
  static final Thresholds CALIBRATED = new Thresholds(0.4, 0.34, 0.32, 0.65, 0.06, 1.5);

  double score(double cosine, double lexical, double rivalCosine) {
    double lead = Math.max(0, rivalCosine - cosine);
    return Math.clamp(
        cosineWeight * cosine + (1 - cosineWeight) * lexical - rivalPenalty * lead, 0.0, 1.0);
  }
}
