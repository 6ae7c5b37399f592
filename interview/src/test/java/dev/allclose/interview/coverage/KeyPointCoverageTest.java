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
        "With an L1 penalty the optimiser pushes many coefficients all the way to nought, so the"
            + " fitted model ends up sparse.";
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
    KeyPoint aleatoric =
        new KeyPoint(
            "Aleatoric uncertainty is noise inherent in the data and does not shrink with more data.",
            List.of(
                "Aleatoric uncertainty comes from too little data and shrinks with more data."));
    KeyPoint calibration =
        new KeyPoint(
            "Calibration means predictions made with confidence p are right a fraction p of the"
                + " time.",
            List.of());
    List<PointCoverage> c =
        SEMANTIC.assess(
            List.of(aleatoric, calibration),
            "Aleatoric uncertainty is what you get from having too few examples, and it goes away"
                + " once you collect more data.");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(0).flagged()).isEqualTo(aleatoric.misconceptions().get(0));
    assertThat(c.get(0).score()).isZero();
    assertThat(c.get(1).flagged()).isNull();
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
