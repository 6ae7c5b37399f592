package dev.allclose.plan.stats;

import dev.allclose.judge.problem.Section;
import dev.allclose.plan.CatalogProblem;
import dev.allclose.store.SubmissionSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Computes {@link TrackerStats} from the catalog and the submission history. Days are calendar days
 * in the given zone. Stateless.
 */
public final class TrackerStatistics {
  /** How many weak topics are reported. */
  public static final int WEAKEST = 5;

  private TrackerStatistics() {}

  /**
   * @param history every submission, oldest first; times come from the submissions themselves (the
   *     time since the attempt's clock started)
   * @param today the day the current streak is counted back from
   */
  public static TrackerStats compute(
      List<CatalogProblem> catalog, List<SubmissionSummary> history, LocalDate today, ZoneId zone) {
    List<ProblemEffort> efforts = efforts(catalog, history);
    Set<String> solved =
        efforts.stream()
            .filter(ProblemEffort::solved)
            .map(e -> e.problem().slug())
            .collect(Collectors.toSet());
    return new TrackerStats(
        shares(
            catalog,
            solved,
            Comparator.comparingInt(CatalogProblem::section),
            p -> sectionLabel(p.section())),
        shares(
            catalog,
            solved,
            Comparator.comparing(CatalogProblem::difficulty),
            p -> p.difficulty().title()),
        efforts,
        streaks(history, today, zone),
        weakest(efforts));
  }

  static String sectionLabel(int section) {
    return section + " " + Section.of(section).map(Section::title).orElse("Section " + section);
  }

  private static List<ProblemEffort> efforts(
      List<CatalogProblem> catalog, List<SubmissionSummary> history) {
    List<ProblemEffort> out = new ArrayList<>();
    for (CatalogProblem p : catalog) {
      List<SubmissionSummary> full =
          history.stream().filter(s -> s.full() && s.problem().equals(p.slug())).toList();
      if (full.isEmpty()) {
        continue;
      }
      int firstAccepted = 0;
      while (firstAccepted < full.size() && !full.get(firstAccepted).accepted()) {
        firstAccepted++;
      }
      boolean solved = firstAccepted < full.size();
      SubmissionSummary timed = full.get(solved ? firstAccepted : full.size() - 1);
      out.add(
          new ProblemEffort(
              p,
              solved,
              solved ? firstAccepted + 1 : full.size(),
              firstAccepted,
              timed.elapsedMs()));
    }
    return out;
  }

  /** Shares per group, groups in the given order of their problems. */
  private static List<Share> shares(
      List<CatalogProblem> catalog,
      Set<String> solved,
      Comparator<CatalogProblem> order,
      Function<CatalogProblem, String> group) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (CatalogProblem p : catalog.stream().sorted(order).toList()) {
      int[] c = counts.computeIfAbsent(group.apply(p), k -> new int[2]);
      c[0]++;
      c[1] += solved.contains(p.slug()) ? 1 : 0;
    }
    return counts.entrySet().stream()
        .map(
            e ->
                new Share(
                    e.getKey(), e.getValue()[1], e.getValue()[0], catalog.size(), solved.size()))
        .toList();
  }

  private static Streaks streaks(List<SubmissionSummary> history, LocalDate today, ZoneId zone) {
    TreeSet<LocalDate> days =
        history.stream()
            .map(s -> s.createdAt().atZone(zone).toLocalDate())
            .collect(Collectors.toCollection(TreeSet::new));
    if (days.isEmpty()) {
      return new Streaks(0, 0, null);
    }
    int longest = 0;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate d : days) {
      run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = d;
    }
    LocalDate end = days.contains(today) ? today : today.minusDays(1);
    int current = 0;
    while (days.contains(end.minusDays(current))) {
      current++;
    }
    return new Streaks(current, longest, days.last());
  }

  private static List<WeakTopic> weakest(List<ProblemEffort> efforts) {
    Map<String, List<ProblemEffort>> byTopic = new TreeMap<>();
    for (ProblemEffort e : efforts) {
      e.problem()
          .concepts()
          .forEach(c -> byTopic.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
    }
    return byTopic.entrySet().stream()
        .map(e -> topic(e.getKey(), e.getValue()))
        .filter(t -> t.score() > 0)
        .sorted(
            Comparator.comparingDouble(WeakTopic::score).reversed().thenComparing(WeakTopic::topic))
        .limit(WEAKEST)
        .toList();
  }

  private static WeakTopic topic(String topic, List<ProblemEffort> efforts) {
    double score = efforts.stream().mapToInt(ProblemEffort::struggle).average().orElse(0);
    List<String> reasons = new ArrayList<>();
    count(reasons, efforts, e -> !e.solved(), "unsolved");
    int rejected = efforts.stream().mapToInt(ProblemEffort::rejected).sum();
    if (rejected > 0) {
      reasons.add(rejected + (rejected == 1 ? " rejected submission" : " rejected submissions"));
    }
    count(reasons, efforts, ProblemEffort::overBudget, "over budget");
    return new WeakTopic(
        topic,
        score,
        efforts.stream().map(e -> e.problem().label()).toList(),
        String.join(", ", reasons));
  }

  private static void count(
      List<String> reasons, List<ProblemEffort> efforts, Predicate<ProblemEffort> p, String what) {
    long n = efforts.stream().filter(p).count();
    if (n > 0) {
      reasons.add(n + " " + what);
    }
  }
}
