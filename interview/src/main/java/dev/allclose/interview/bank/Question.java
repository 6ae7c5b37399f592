package dev.allclose.interview.bank;

import dev.allclose.interview.coverage.KeyPoint;
import java.util.ArrayList;
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
 * @param misconceptions for each key point, in order, the wrong claims an answer may make in its
 *     place (often none)
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
    String modelAnswer,
    List<List<String>> misconceptions) {
  public Question {
    if (misconceptions.size() != keyPoints.size()) {
      throw new IllegalArgumentException(
          "one list of misconceptions per key point: "
              + misconceptions.size()
              + " lists for "
              + keyPoints.size()
              + " points");
    }
    misconceptions = misconceptions.stream().map(List::copyOf).toList();
    roles = List.copyOf(roles);
    assessment = List.copyOf(assessment);
    keyPoints = List.copyOf(keyPoints);
    pitfalls = List.copyOf(pitfalls);
    followUps = List.copyOf(followUps);
  }

  /** The key points with their misconceptions, as the rubric scores them. */
  public List<KeyPoint> rubricPoints() {
    List<KeyPoint> out = new ArrayList<>();
    for (int k = 0; k < keyPoints.size(); k++) {
      out.add(new KeyPoint(keyPoints.get(k), misconceptions.get(k)));
    }
    return out;
  }
}
