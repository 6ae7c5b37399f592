package dev.allclose.plan;

import dev.allclose.judge.problem.Difficulty;
import java.util.ArrayList;
import java.util.List;

/** A catalog shaped like PROBLEMS.md: sections 1-3 and 5 as judged problems, with their minutes. */
public final class Catalogs {
  private static final int[] MINUTES = {
    40, 30, 30, 40, 40, 35, 45, 30, 35, 40, 25, 35, // 1-12
    25, 30, 25, 25, 30, 30, 20, 25, 20, 30, 35, 20, // 13-24
    20, 25, 30, 35, 40, 25, 35, 25, 25, 25 // 25-34
  };
  private static final List<Integer> HARD =
      List.of(1, 4, 5, 6, 7, 9, 10, 12, 14, 17, 18, 22, 23, 28, 29, 31);

  private Catalogs() {}

  public static List<CatalogProblem> research() {
    List<CatalogProblem> out = new ArrayList<>();
    for (int n = 1; n <= 34; n++) {
      out.add(problem(n, n <= 12 ? 1 : n <= 24 ? 2 : 3, MINUTES[n - 1]));
    }
    for (int n = 46; n <= 49; n++) {
      out.add(problem(n, 5, 30));
    }
    return out;
  }

  public static CatalogProblem problem(int number, int section, int minutes) {
    return new CatalogProblem(
        number,
        "p" + number,
        "Problem " + number,
        section,
        HARD.contains(number) ? Difficulty.HARD : Difficulty.MEDIUM,
        minutes,
        List.of("concept-" + (number % 5), "section-" + section));
  }
}
