package dev.allclose.interview.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexical coverage of key points: what it sees, what it cannot, and how sure it says it is. */
class KeyPointCoverageTest {
  private static final List<String> CORPUS =
      List.of(
          "L1 regularisation drives some weights exactly to zero, giving sparse models.",
          "L2 regularisation shrinks weights smoothly towards zero.",
          "The model overfits when variance is high.",
          "Cross-validation selects the regularisation strength.",
          "The model is trained with gradient descent.");
  private static final KeyPointCoverage COVERAGE = new KeyPointCoverage(TermWeights.of(CORPUS));

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
    PointCoverage c =
        COVERAGE
            .assess(
                List.of("L1 drives some weights exactly to zero (sparsity)."),
                "Both penalise large weights. With an L1 penalty, many weights end up exactly zero,"
                    + " so the model is sparse.")
            .get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.COVERED);
    assertThat(c.evidence()).contains("exactly zero");
    assertThat(c.score()).isGreaterThan(KeyPointCoverage.COVERED);
  }

  @Test
  void anUnrelatedAnswerMissesThePointWithHighConfidence() {
    PointCoverage c =
        COVERAGE
            .assess(
                List.of("L1 drives some weights exactly to zero, giving sparsity."),
                "I would tune the learning rate and train for longer on more data.")
            .get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(c.evidence()).isNull();
  }

  @Test
  void rareTermsWeighMoreThanCommonOnes() {
    List<PointCoverage> c =
        COVERAGE.assess(
            List.of("Sparsity of the model comes from the L1 penalty."), "The model is trained.");
    PointCoverage rare =
        COVERAGE
            .assess(
                List.of("Sparsity of the model comes from the L1 penalty."), "Sparsity from L1.")
            .get(0);
    assertThat(rare.score()).isGreaterThan(c.get(0).score());
  }

  @Test
  void shortKeyPointsAndBorderlineScoresAreLowConfidence() {
    assertThat(KeyPointCoverage.confidence(0.9, 2)).isEqualTo(Confidence.LOW);
    assertThat(KeyPointCoverage.confidence(0.52, 6)).isEqualTo(Confidence.LOW);
    assertThat(KeyPointCoverage.confidence(0.38, 6)).isEqualTo(Confidence.MEDIUM);
    assertThat(KeyPointCoverage.confidence(0.95, 6)).isEqualTo(Confidence.HIGH);
  }
}
