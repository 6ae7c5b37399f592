package dev.allclose.plan.schedule;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.store.PlanPhase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a day-by-day plan from a structure, the catalog and what is already solved.
 *
 * <p>Each unsolved problem goes to the first phase that selects it (or to the phase that takes the
 * others). A phase left with no work at all (no problem to do, no task) is dropped; the others
 * share the days in proportion to their weeks ({@link DaySplit}), and one left with no day (a plan
 * shorter than its phases) shares the days of the phase before it. Within its days a phase spreads
 * its problems evenly, and its one-off tasks likewise: item {@code i} of {@code n} over {@code d}
 * days lands on day {@code floor(i * d / n)}, so a longer plan gets lighter days and a shorter one
 * denser days, never an empty stretch at the end. Daily tasks come every day of the phase, and the
 * final-day tasks on the day before the interview. Then a day over the daily minutes hands its
 * first problems and tasks back, in order, to earlier days with room ({@link WorkPacking}), so that
 * no day is left free while a later one overflows; a phase's empty-day task fills the days left
 * with no problem or task. Stateless.
 */
public final class StudyPlanBuilder {
  static final String FINAL_DAY = "Day before the interview";

  private StudyPlanBuilder() {}

  public static PlanDraft build(
      PlanStructure structure,
      PlanRequest request,
      List<CatalogProblem> catalog,
      Set<String> solved) {
    List<List<CatalogProblem>> problems = assign(structure, catalog, solved);
    List<Phase> active = new ArrayList<>();
    List<List<CatalogProblem>> activeProblems = new ArrayList<>();
    for (int i = 0; i < structure.phases().size(); i++) {
      Phase phase = structure.phases().get(i);
      if (!problems.get(i).isEmpty() || phase.hasTasks()) {
        active.add(phase);
        activeProblems.add(problems.get(i));
      }
    }
    int[] days = DaySplit.split(request.days(), active.stream().map(Phase::weeks).toList());
    Days plan = new Days(request.start(), request.days());
    List<PlanPhase> spans = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    LocalDate next = request.start();
    LocalDate blockStart = next;
    int blockDays = 0;
    for (int i = 0; i < active.size(); i++) {
      Phase phase = active.get(i);
      if (days[i] > 0) {
        blockStart = next;
        blockDays = days[i];
        next = next.plusDays(days[i]);
      } else if (blockDays == 0) {
        blockDays = 1; // a phase before any with days shares the first day
      }
      spans.add(new PlanPhase(phase.title(), blockStart, blockStart.plusDays(blockDays - 1)));
      phaseItems(plan, phase, activeProblems.get(i), blockStart, blockDays);
      notes.addAll(compression(phase, activeProblems.get(i).size(), blockDays));
    }
    for (TaskTemplate t : structure.finalDay()) {
      plan.fixed(request.lastDay()).add(task(request.lastDay(), FINAL_DAY, t));
    }
    List<PlannedItem> items = plan.packed(request.dailyMinutes());
    notes.addAll(overBudget(items, request.dailyMinutes()));
    return new PlanDraft(spans, items, notes);
  }

  /**
   * The items of each day of a plan by how they may move: work (problems and one-off tasks) may
   * move back to relieve a later day ({@link WorkPacking}), fixed tasks (daily, final-day) stay,
   * and an empty-day task fills a day only if no work is left on it.
   */
  private static final class Days {
    private final LocalDate first;
    private final List<List<PlannedItem>> work = new ArrayList<>();
    private final List<List<PlannedItem>> fillers = new ArrayList<>();
    private final List<List<PlannedItem>> fixed = new ArrayList<>();

    Days(LocalDate first, int days) {
      this.first = first;
      for (int d = 0; d < days; d++) {
        work.add(new ArrayList<>());
        fillers.add(new ArrayList<>());
        fixed.add(new ArrayList<>());
      }
    }

    private int index(LocalDate day) {
      return (int) ChronoUnit.DAYS.between(first, day);
    }

    List<PlannedItem> work(LocalDate day) {
      return work.get(index(day));
    }

    List<PlannedItem> fillers(LocalDate day) {
      return fillers.get(index(day));
    }

    List<PlannedItem> fixed(LocalDate day) {
      return fixed.get(index(day));
    }

    /** Every item, day by day: the packed work (or else the fillers), then the fixed tasks. */
    List<PlannedItem> packed(int dailyMinutes) {
      int[] fixedMinutes =
          fixed.stream().mapToInt(d -> d.stream().mapToInt(PlannedItem::minutes).sum()).toArray();
      List<List<PlannedItem>> packed = WorkPacking.pack(work, fixedMinutes, dailyMinutes);
      List<PlannedItem> out = new ArrayList<>();
      for (int d = 0; d < packed.size(); d++) {
        LocalDate day = first.plusDays(d);
        packed.get(d).forEach(i -> out.add(i.on(day)));
        if (packed.get(d).isEmpty()) {
          out.addAll(fillers.get(d));
        }
        out.addAll(fixed.get(d));
      }
      return out;
    }
  }

  /** The unsolved problems of each phase (by index), in catalog order. */
  private static List<List<CatalogProblem>> assign(
      PlanStructure structure, List<CatalogProblem> catalog, Set<String> solved) {
    List<Phase> phases = structure.phases();
    List<List<CatalogProblem>> out = new ArrayList<>();
    phases.forEach(p -> out.add(new ArrayList<>()));
    int others = 0;
    while (!phases.get(others).others()) {
      others++;
    }
    for (CatalogProblem p :
        catalog.stream()
            .filter(p -> !solved.contains(p.slug()))
            .sorted(Comparator.comparingInt(CatalogProblem::number))
            .toList()) {
      int phase = others;
      for (int i = phases.size() - 1; i >= 0; i--) {
        phase = phases.get(i).selects(p) ? i : phase;
      }
      out.get(phase).add(p);
    }
    return out;
  }

  private static void phaseItems(
      Days plan, Phase phase, List<CatalogProblem> problems, LocalDate first, int days) {
    List<List<PlannedItem>> byDay = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      byDay.add(new ArrayList<>());
    }
    for (int i = 0; i < problems.size(); i++) {
      CatalogProblem p = problems.get(i);
      int d = spread(i, problems.size(), days);
      byDay
          .get(d)
          .add(
              new PlannedItem(
                  first.plusDays(d),
                  phase.title(),
                  ItemKind.PROBLEM,
                  p.slug(),
                  p.label(),
                  p.minutes()));
    }
    for (int i = 0; i < phase.tasks().size(); i++) {
      int d = spread(i, phase.tasks().size(), days);
      byDay.get(d).add(task(first.plusDays(d), phase.title(), phase.tasks().get(i)));
    }
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      plan.work(day).addAll(byDay.get(d));
      TaskTemplate empty = phase.emptyDay();
      if (empty != null) {
        plan.fillers(day).add(task(day, phase.title(), empty));
      }
      for (TaskTemplate t : phase.daily()) {
        plan.fixed(day).add(task(day, phase.title(), t));
      }
    }
  }

  /** The day (0-based, of {@code days}) of item {@code i} of {@code n} spread evenly. */
  static int spread(int i, int n, int days) {
    return (int) ((long) i * days / n);
  }

  private static PlannedItem task(LocalDate day, String phase, TaskTemplate t) {
    return new PlannedItem(day, phase, ItemKind.TASK, t.id(), t.title(), t.minutes());
  }

  private static List<String> compression(Phase phase, int problems, int days) {
    long usual = (long) phase.problemsPerDay() * days;
    if (problems > usual) {
      return List.of(
          phase.title()
              + ": "
              + problems
              + " problems in "
              + days
              + (days == 1 ? " day" : " days")
              + ", more than the usual "
              + phase.problemsPerDay()
              + " a day");
    }
    return List.of();
  }

  private static List<String> overBudget(List<PlannedItem> items, int dailyMinutes) {
    Map<LocalDate, Integer> minutes = new LinkedHashMap<>();
    items.forEach(i -> minutes.merge(i.day(), i.minutes(), Integer::sum));
    long over = minutes.values().stream().filter(m -> m > dailyMinutes).count();
    if (over == 0) {
      return List.of();
    }
    int most = minutes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return List.of(
        over
            + (over == 1 ? " day needs" : " days need")
            + " more than "
            + dailyMinutes
            + " minutes (the longest "
            + most
            + "); raise --daily-minutes or move the interview later");
  }
}
