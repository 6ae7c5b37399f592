package dev.allclose.cli.interactive;

import dev.allclose.interview.mock.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Self-scores typed at the end of a talk-round answer: {@code n} whole numbers from 0 to {@code
 * max}, spaces between.
 */
public final class Scores {
  /** The highest score of a key point (the rubric's "covered"). */
  private static final int MAX = Rubric.MAX_POINT_SCORE;

  private Scores() {}

  public static @Nullable List<Integer> parse(String line, int n, int max) {
    String[] parts = line.strip().split("[\\s,]+");
    if (parts.length != n) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.matches("\\d")) {
        return null;
      }
      int v = Integer.parseInt(p);
      if (v > max) {
        return null;
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Asks for a self-score per key point, showing the rubric's {@code suggested} ones: numbers give
   * the user's scores, {@code y} accepts the suggestion, and an empty line or the end of the input
   * gives nothing, so the caller knows the scores were not the user's.
   */
  public static Optional<List<Integer>> ask(
      Answers answers, List<Integer> suggested, String emptyMeans) {
    int n = suggested.size();
    return answers.ask(
        "Score each point 0 (missed), 1 (partly) or 2 (covered), separated by spaces, or y to"
            + " accept ["
            + format(suggested)
            + "]; Enter "
            + emptyMeans
            + ": ",
        line -> {
          if (line.equalsIgnoreCase("y") || line.equalsIgnoreCase("yes")) {
            return Optional.of(suggested);
          }
          List<Integer> typed = parse(line, n, MAX);
          return typed == null ? null : Optional.of(typed); // null: ask again
        },
        Optional.empty(),
        "Give " + n + " numbers from 0 to " + MAX + ", e.g. " + format(suggested) + ", or y.");
  }

  public static String format(List<Integer> scores) {
    return String.join(" ", scores.stream().map(String::valueOf).toList());
  }
}
