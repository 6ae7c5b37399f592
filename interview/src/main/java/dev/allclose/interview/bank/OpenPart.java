package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The parts of an open-problems answer, in the order the seeds recommend: name the problem, say why
 * current approaches fail (naming the papers), say what a solution needs, name the experiment you
 * would run in three months.
 */
public enum OpenPart implements AnswerPart {
  PROBLEM("problem", "The problem: what exactly is unsolved?"),
  CURRENT_APPROACHES(
      "current_approaches", "Why current approaches fail: be specific and name the papers."),
  SOLUTION_NEEDS("solution_needs", "What a solution needs: what would have to be true for one?"),
  EXPERIMENT(
      "experiment", "The experiment you would run in three months, and its outcome measure.");

  private final String id;
  private final String question;

  OpenPart(String id, String question) {
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
