package dev.allclose.interview.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.mock.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers of issue 15 on the bias-variance question, scored through the mock round's rubric:
 * the paraphrase gets the points it makes, the keyword list nothing, the swapped definitions get
 * both definition points flagged, an off-topic answer nothing, and the strong answer everything.
 */
class Issue15ExamplesTest {
  private static final QuestionBank BANK = QuestionBank.builtIn();
  private static final Rubric RUBRIC = new Rubric(BANK);
  private static final Question Q = BANK.question("bias-variance").orElseThrow();

  private static List<PointCoverage> cover(String answer) {
    return RUBRIC.cover(Q, answer);
  }

  @Test
  void aParaphraseCoversThePointsItMakes() {
    List<PointCoverage> c =
        cover(
            "Bias means the model family is too restrictive, so even the average fit over many"
                + " training sets misses the target. Variance is how much the fitted function"
                + " jumps around when you retrain on a fresh sample of the data. Making the model"
                + " more flexible shrinks the first and grows the second, so the error on new data"
                + " is lowest somewhere in between.");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.COVERED);
    assertThat(c.get(1).verdict()).isEqualTo(Verdict.COVERED);
    // The third sentence makes the capacity point through "the first" and "the second", which a
    // sentence embedding cannot resolve: it stays missed (a known limit, left to self-scoring).
    assertThat(c.get(2).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c).allMatch(p -> p.flagged() == null);
    assertThat(Rubric.share(Rubric.suggested(c))).isGreaterThanOrEqualTo(1.0 / 3);
  }

  @Test
  void aListOfRubricKeywordsGetsNothing() {
    List<PointCoverage> c =
        cover(
            "Bias, variance, systematic error, underfitting, overfitting, noise, squared bias plus"
                + " variance plus irreducible noise, capacity, sweet spot, regularisation, more"
                + " training data, ensembling, cross-validation, linear model, unpruned decision"
                + " tree.");
    assertThat(c).allMatch(p -> p.verdict() == Verdict.MISSED);
    assertThat(Rubric.share(Rubric.suggested(c))).isZero();
  }

  @Test
  void swappedDefinitionsAreFlaggedAndNotCovered() {
    List<PointCoverage> c =
        cover(
            "Bias is the error that comes from the model being too sensitive to its particular"
                + " training sample, so a high-bias model overfits. Variance is the error of a"
                + " model that is too simple to represent the true function, so a high-variance"
                + " model underfits.");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(0).flagged()).isEqualTo(Q.misconceptions().get(0).get(0));
    assertThat(c.get(1).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(1).flagged()).isEqualTo(Q.misconceptions().get(1).get(0));
  }

  /**
   * Swapped in other words, the variance sentence describes what the bias point says: a flagged
   * sentence must not cover another point (found trying the round by hand).
   */
  @Test
  void aSwapInOtherWordsCoversNeitherDefinition() {
    List<PointCoverage> c =
        cover(
            "Bias is how much the fitted model changes from one training set to another. Variance"
                + " is the systematic error of a model family too simple for the true function.");
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(1).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(c.get(1).flagged()).isNotNull();
  }

  @Test
  void anOffTopicAnswerGetsNothing() {
    List<PointCoverage> c =
        cover(
            "I would shard the embedding table across machines and cache the hottest rows in"
                + " memory, then measure the tail latency of the service under load.");
    assertThat(c).allMatch(p -> p.verdict() == Verdict.MISSED && p.flagged() == null);
  }

  @Test
  void theModelAnswerCoversMostPointsAndFlagsNothing() {
    List<PointCoverage> c = cover(Q.modelAnswer());
    assertThat(c).allMatch(p -> p.flagged() == null);
    assertThat(Rubric.share(Rubric.suggested(c))).isGreaterThanOrEqualTo(0.75);
  }
}
