package dev.allclose.interview.coverage;

import java.util.List;

/**
 * A point of a rubric and the concrete wrong claims an answer may make in its place (for example
 * the definition of variance given as the definition of bias). An answer that makes one of them
 * does not get the point; see {@link KeyPointCoverage}.
 *
 * @param text the point, one sentence or two
 * @param misconceptions wrong claims about the same thing, each a sentence; often empty
 */
public record KeyPoint(String text, List<String> misconceptions) {
  public KeyPoint {
    misconceptions = List.copyOf(misconceptions);
  }

  /** Points that carry no misconceptions. */
  public static List<KeyPoint> plain(List<String> texts) {
    return texts.stream().map(t -> new KeyPoint(t, List.of())).toList();
  }
}
