package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** The sections of the experimental-design template, in the order the round asks for them. */
public enum DesignSection implements AnswerPart {
  METRIC("metric", "Metric: what does 'improves' mean, measured how, on which tasks?"),
  BASELINE("baseline", "Baseline: compared with what, tuned how?"),
  EVALUATION_SET("evaluation_set", "Held-out evaluation set: which data, kept apart how?"),
  CONTROLS("controls", "Controlled variables: what is held fixed between the arms?"),
  STATISTICAL_TEST("statistical_test", "Statistical test: which test, on which unit?"),
  SEEDS("seeds", "Seeds: how many runs per arm, from which power analysis?"),
  FALSIFICATION("falsification", "Falsification: which result would disprove the hypothesis?");

  private final String id;
  private final String question;

  DesignSection(String id, String question) {
    this.id = id;
    this.question = question;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public String question() {
    return question;
  }
}
