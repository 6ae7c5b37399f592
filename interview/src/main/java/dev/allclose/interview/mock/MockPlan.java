package dev.allclose.interview.mock;

import dev.allclose.interview.bank.Area;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.bank.Role;
import dev.allclose.numeric.Rng;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Picks the questions of a mock session: {@code perArea} questions from each area, those typical of
 * the role first, in an order drawn from the seed, and, among equals, the questions the user has
 * reviewed least recently ({@code due} first: questions whose review is due).
 */
public final class MockPlan {
  public static final int MIN_PER_AREA = 3;
  public static final int MAX_PER_AREA = 5;

  private MockPlan() {}

  public static List<Question> choose(
      QuestionBank bank,
      List<Area> areas,
      int perArea,
      @Nullable Role role,
      long seed,
      Set<String> due) {
    if (perArea < MIN_PER_AREA || perArea > MAX_PER_AREA) {
      throw new IllegalArgumentException(
          "a session asks "
              + MIN_PER_AREA
              + " to "
              + MAX_PER_AREA
              + " questions per area, not "
              + perArea);
    }
    Rng rng = new Rng(seed);
    List<Question> chosen = new ArrayList<>();
    for (Area area : areas) {
      List<Question> pool =
          new ArrayList<>(bank.questions().stream().filter(q -> q.area() == area).toList());
      shuffle(pool, rng.fork(area.id()));
      pool.sort(
          Comparator.comparing((Question q) -> role != null && !q.roles().contains(role))
              .thenComparing(q -> !due.contains(q.id())));
      chosen.addAll(pool.subList(0, Math.min(perArea, pool.size())));
    }
    return chosen;
  }

  private static void shuffle(List<Question> list, Rng rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Question t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
