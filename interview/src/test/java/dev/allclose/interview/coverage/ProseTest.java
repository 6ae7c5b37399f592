package dev.allclose.interview.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list of words is not a sentence; a sentence written as a bullet still is. */
class ProseTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bias is the error of the average fit over many training sets.",
        "- Bias is the error of the average fit over many training sets.",
        "Regularisation, more data, ensembling and cross-validation are the levers.",
        "L1 gives sparse weights.",
        "The gradient of the loss with respect to the logits is p - y.",
        "Variance: how much the fit moves when you retrain on a new sample."
      })
  void sentencesAreProse(String s) {
    assertThat(Prose.isProse(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bias, variance, underfitting, overfitting, regularisation, cross-validation.",
        "bias variance tradeoff",
        "cross-validation",
        "high bias underfitting high variance overfitting",
        "L1 lasso sparsity, L2 ridge weight decay, elastic net, corners of the ball",
        "bias and variance, underfitting and overfitting, regularisation and more data"
      })
  void keywordListsAreNot(String s) {
    assertThat(Prose.isProse(s)).as(s).isFalse();
  }
}
