package dev.allclose.interview.bank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question of the bank, with its rubric.
 *
 * @param id the file name without {@code .yaml}
 * @param minutes the time budget for an answer
 * @param roles the roles it is typical of
 * @param catalog the catalog's discussion problem (35-45) it covers, if any
 * @param source where its topic comes from (which seed question, area or refresh list)
 * @param assessment what an interviewer assesses with it
 * @param keyPoints the checklist a strong answer covers
 * @param pitfalls common ways answers go wrong
 * @param followUps two or three follow-up questions
 * @param modelAnswer a strong answer, written out
 */
public record Question(
    String id,
    String title,
    Area area,
    Level difficulty,
    int minutes,
    List<Role> roles,
    @Nullable Integer catalog,
    String source,
    String prompt,
    List<String> assessment,
    List<String> keyPoints,
    List<String> pitfalls,
    List<String> followUps,
    String modelAnswer) {
  public Question {
    roles = List.copyOf(roles);
    assessment = List.copyOf(assessment);
    keyPoints = List.copyOf(keyPoints);
    pitfalls = List.copyOf(pitfalls);
    followUps = List.copyOf(followUps);
  }
}
