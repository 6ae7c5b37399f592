package dev.allclose.interview.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage of key points: by meaning, by words when no model loads, and how sure it says it is. */
class KeyPointCoverageTest {
  private static final List<String> CORPUS =
      List.of(
          "L1 regularisation drives some weights exactly to zero, giving sparse models.",
          "L2 regularisation shrinks weights smoothly towards zero.",
          "The model overfits when variance is high.",
          "Cross-validation selects the regularisation strength.",
          "The model is trained with gradient descent.");
  private static final TermWeights WEIGHTS = TermWeights.of(CORPUS);
  private static final KeyPointCoverage LEXICAL =
      new KeyPointCoverage(WEIGHTS, SentenceEmbedder.none());
  private static final KeyPointCoverage SEMANTIC = new KeyPointCoverage(WEIGHTS);
  private static final String L1 = "L1 drives some weights exactly to zero (sparsity).";

  @Test
  void stemmingMakesInflectionsMeet() {
    assertThat(Text.terms("Regularisation regularizes the seeds"))
        .containsExactly("regular", "regular", "seed");
    assertThat(Text.stem("studies")).isEqualTo("study");
  }

  @Test
  void sentencesSplitAtPunctuationBlankLinesAndBullets() {
    assertThat(Text.sentences("One. Two? Three\n\nFour\n- five\n- six"))
        .containsExactly("One.", "Two?", "Three", "Four", "five", "six");
  }

  @Test
  void anAnswerThatMakesThePointIsCoveredWithItsEvidence() {
    String answer =
        "Both penalise large weights. With an L1 penalty, many weights end up exactly zero,"
            + " so the model is sparse.";
    for (KeyPointCoverage coverage : List.of(LEXICAL, SEMANTIC)) {
      PointCoverage c = coverage.assess(KeyPoint.plain(List.of(L1)), answer).get(0);
      assertThat(c.verdict()).isEqualTo(Verdict.COVERED);
      assertThat(c.evidence()).contains("exactly zero");
      assertThat(c.flagged()).isNull();
    }
  }

  @Test
  void aParaphraseIsCoveredByMeaningThoughFewWordsAreShared() {
    String answer =
        "With an absolute-value penalty, the optimiser parks many coefficients at precisely"
            + " nought, so only a handful of inputs stay in use.";
    assertThat(SEMANTIC.assess(KeyPoint.plain(List.of(L1)), answer).get(0).verdict())
        .isNotEqualTo(Verdict.MISSED);
  }

  @Test
  void anUnrelatedAnswerMissesThePointWithHighConfidence() {
    String answer = "I would tune the learning rate and train for longer on more data.";
    for (KeyPointCoverage coverage : List.of(LEXICAL, SEMANTIC)) {
      PointCoverage c = coverage.assess(KeyPoint.plain(List.of(L1)), answer).get(0);
      assertThat(c.verdict()).isEqualTo(Verdict.MISSED);
      assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(c.evidence()).isNull();
    }
  }

  @Test
  void aListOfKeywordsCoversNothing() {
    String answer = "L1, sparsity, weights exactly zero, lasso, feature selection";
    for (KeyPointCoverage coverage : List.of(LEXICAL, SEMANTIC)) {
      PointCoverage c = coverage.assess(KeyPoint.plain(List.of(L1)), answer).get(0);
      assertThat(c.verdict()).isEqualTo(Verdict.MISSED);
      assertThat(c.score()).isZero();
    }
  }

  @Test
  void aStatedMisconceptionIsFlaggedAndMissed() {
    KeyPoint point =
        new KeyPoint(
            "L1 regularisation drives some weights exactly to zero, giving sparse models.",
            List.of("L2 regularisation drives weights exactly to zero and gives sparse models."));
    KeyPoint other =
        new KeyPoint(
            "L2 regularisation shrinks all weights smoothly towards zero without zeroing them.",
            List.of());
    List<PointCoverage> c =
        SEMANTIC.assess(
            List.of(point, other),
            "Ridge, the L2 penalty, is the one that sets weights exactly to zero and makes the"
                + " model sparse.");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(0).flagged()).startsWith("L2 regularisation drives");
    assertThat(c.get(0).score()).isZero();
  }

  @Test
  void rareTermsWeighMoreThanCommonOnes() {
    List<KeyPoint> point =
        KeyPoint.plain(List.of("Sparsity of the model comes from the L1 penalty."));
    PointCoverage common = LEXICAL.assess(point, "The model is trained with care.").get(0);
    PointCoverage rare = LEXICAL.assess(point, "It is sparsity that comes from L1.").get(0);
    assertThat(rare.score()).isGreaterThan(common.score());
  }

  @Test
  void borderlineScoresAreLowConfidence() {
    assertThat(KeyPointCoverage.confidence(0.52, 0.5, 0.25)).isEqualTo(Confidence.LOW);
    assertThat(KeyPointCoverage.confidence(0.38, 0.5, 0.25)).isEqualTo(Confidence.MEDIUM);
    assertThat(KeyPointCoverage.confidence(0.95, 0.5, 0.25)).isEqualTo(Confidence.HIGH);
  }
}
