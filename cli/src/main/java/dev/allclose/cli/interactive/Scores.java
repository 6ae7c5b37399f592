package dev.allclose.cli.interactive;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses a line of self-scores: {@code n} whole numbers from 0 to {@code max}, spaces between. */
public final class Scores {
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

  public static String format(List<Integer> scores) {
    return String.join(" ", scores.stream().map(String::valueOf).toList());
  }
}
