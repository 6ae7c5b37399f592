package dev.allclose.plan.interviewday;

import java.util.List;

/**
 * The questions for one interviewer role, one team type, or any interviewer, best first: the first
 * three are the group's top three.
 */
public record QuestionGroup(String id, String title, List<AskQuestion> questions) {
  public QuestionGroup {
    questions = List.copyOf(questions);
  }
}
