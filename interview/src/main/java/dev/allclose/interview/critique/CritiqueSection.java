package dev.allclose.interview.critique;

import dev.allclose.interview.bank.AnswerPart;

/**
 * The sections of a structured critique, in the order the seeds' framework walks through a paper.
 */
public enum CritiqueSection implements AnswerPart {
  CLAIM("claim", "The claim: what exactly does the paper claim?"),
  FALSIFICATION(
      "falsification",
      "Falsification: which experiment would falsify the claim? Did they run it? If not, why not?"),
  BASELINES(
      "baselines", "Baselines: are they current, and tuned as carefully as the proposed method?"),
  ABLATIONS("ablations", "Ablations: can you tell which component drives the improvement?"),
  CONTAMINATION(
      "contamination",
      "Contamination and evaluation: could the test data have leaked? Seeds, metrics, uncertainty?"),
  FIRST_EXPERIMENT(
      "first_experiment",
      "First experiment: what would you run first to check the result is real?");

  private final String id;
  private final String question;

  CritiqueSection(String id, String question) {
    this.id = id;
    this.question = question;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String question() {
    return question;
  }
}
