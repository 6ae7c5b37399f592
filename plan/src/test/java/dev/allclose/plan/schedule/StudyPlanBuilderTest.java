package dev.allclose.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.Catalogs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StudyPlanBuilderTest {
  static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
  static final List<CatalogProblem> CATALOG = Catalogs.research();

  static PlanDraft plan(Focus focus, int days, Set<String> solved) {
    return StudyPlanBuilder.build(
        PlanStructure.load(focus),
        new PlanRequest(MONDAY, MONDAY.plusDays(days), 120, focus),
        CATALOG,
        solved);
  }

  static java.util.SortedMap<LocalDate, List<String>> refsByDay(PlanDraft draft) {
    return draft.items().stream()
        .collect(
            Collectors.groupingBy(
                PlannedItem::day,
                TreeMap::new,
                Collectors.mapping(PlannedItem::ref, Collectors.toList())));
  }

  static List<String> problems(PlanDraft draft) {
    return draft.items().stream()
        .filter(i -> i.kind() == ItemKind.PROBLEM)
        .map(PlannedItem::ref)
        .toList();
  }

  @Test
  void sixWeeksFollowTheWeeklyStructureAndDailyLoad() {
    PlanDraft draft = plan(Focus.ENGINEER, 42, Set.of());
    java.util.SortedMap<LocalDate, List<String>> days = refsByDay(draft);
    // week 1: one core implementation a day, #1-#6, in order
    for (int d = 0; d < 6; d++) {
      assertThat(days.get(MONDAY.plusDays(d))).containsExactly("p" + (d + 1));
    }
    assertThat(days).doesNotContainKey(MONDAY.plusDays(6)); // the week's spare day
    // week 2: the rest of section 1
    assertThat(days.get(MONDAY.plusDays(7))).containsExactly("p7");
    // week 3: twelve derivations over seven days, two on most days
    List<String> week3 =
        days.entrySet().stream()
            .filter(e -> !e.getKey().isBefore(MONDAY.plusDays(14)))
            .filter(e -> e.getKey().isBefore(MONDAY.plusDays(21)))
            .flatMap(e -> e.getValue().stream())
            .toList();
    assertThat(week3).hasSize(12).allMatch(r -> Integer.parseInt(r.substring(1)) <= 24);
    assertThat(days.get(MONDAY.plusDays(14))).containsExactly("p13", "p14");
    // week 5: two discussion prompts and a paper a day
    assertThat(days.get(MONDAY.plusDays(28)))
        .containsExactly("discuss-35", "discuss-36", "read-paper");
    // week 6: extras, a mock every day, a deep problem on days without one
    assertThat(days.get(MONDAY.plusDays(35))).containsExactly("p46", "mock-round");
    assertThat(days.get(MONDAY.plusDays(36))).containsExactly("p47", "mock-round");
    assertThat(days.get(MONDAY.plusDays(37))).containsExactly("deep-redo", "mock-round");
    assertThat(days.get(MONDAY.plusDays(41)))
        .containsExactly("deep-redo", "mock-round", "day-before");
    assertThat(days.lastKey()).isEqualTo(MONDAY.plusDays(41));
    assertThat(problems(draft)).hasSize(CATALOG.size()).doesNotHaveDuplicates();
    assertThat(draft.notes()).isEmpty();
  }

  @Test
  void solvedProblemsAreLeftOut() {
    PlanDraft draft = plan(Focus.ENGINEER, 42, Set.of("p1", "p13"));
    assertThat(problems(draft)).doesNotContain("p1", "p13").hasSize(CATALOG.size() - 2);
    assertThat(refsByDay(draft).get(MONDAY)).containsExactly("p2");
  }

  @Test
  void aShortPlanKeepsEveryPhaseInOrderButDenser() {
    PlanDraft draft = plan(Focus.ENGINEER, 10, Set.of());
    java.util.SortedMap<LocalDate, List<String>> days = refsByDay(draft);
    assertThat(days.keySet()).hasSize(10).allMatch(d -> d.isBefore(MONDAY.plusDays(10)));
    // the first day's 20 spare minutes take the 20-minute #25 from an overloaded later day
    assertThat(days.get(MONDAY)).containsExactly("p1", "p2", "p3", "p25");
    assertThat(problems(draft)).hasSize(CATALOG.size());
    assertThat(draft.notes())
        .contains("Mathematics: 12 problems in 2 days, more than the usual 2 a day")
        .anyMatch(n -> n.contains("more than 120 minutes"));
  }

  @Test
  void aPlanShorterThanItsPhasesSharesDays() {
    PlanDraft draft = plan(Focus.ENGINEER, 3, Set.of());
    java.util.SortedMap<LocalDate, List<String>> days = refsByDay(draft);
    assertThat(days.keySet()).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
    assertThat(problems(draft)).hasSize(CATALOG.size());
    assertThat(days.get(MONDAY.plusDays(2)))
        .contains("p13", "p25", "discuss-35", "p49", "day-before");
  }

  @Test
  void aOneDayPlanHoldsEverything() {
    PlanDraft draft = plan(Focus.SCIENTIST, 1, Set.of());
    assertThat(refsByDay(draft).keySet()).containsExactly(MONDAY);
    assertThat(problems(draft)).hasSize(CATALOG.size());
  }

  @Test
  void aLongPlanSpreadsTheWorkWithLighterDays() {
    PlanDraft draft = plan(Focus.ENGINEER, 84, Set.of());
    java.util.SortedMap<LocalDate, List<String>> days = refsByDay(draft);
    assertThat(days.get(MONDAY)).containsExactly("p1");
    assertThat(days.get(MONDAY.plusDays(2))).containsExactly("p2");
    assertThat(days).doesNotContainKey(MONDAY.plusDays(1));
    assertThat(days.get(MONDAY.plusDays(14))).containsExactly("p7"); // week 3 of 12 starts phase 2
    assertThat(days.lastKey()).isEqualTo(MONDAY.plusDays(83));
    assertThat(draft.notes()).isEmpty();
  }

  @Test
  void theScientistPlanFollowsItsOwnTimeline() {
    PlanDraft draft = plan(Focus.SCIENTIST, 49, Set.of());
    Map<LocalDate, List<PlannedItem>> byDay =
        draft.items().stream()
            .collect(Collectors.groupingBy(PlannedItem::day, TreeMap::new, Collectors.toList()));
    assertThat(byDay.get(MONDAY))
        .extracting(PlannedItem::phase)
        .containsOnly("Foundations and portfolio");
    assertThat(byDay.get(MONDAY))
        .extracting(PlannedItem::ref)
        .containsExactly("p13", "brief-1", "dsa");
    // #1 and the 90-minute slides would make 130 minutes: #1 moves back to the lighter day before
    assertThat(byDay.get(MONDAY.plusDays(14)))
        .extracting(PlannedItem::ref)
        .containsExactly("slides-45");
    assertThat(byDay.get(MONDAY.plusDays(13)))
        .extracting(PlannedItem::ref)
        .containsExactly("p1", "dsa");
    assertThat(byDay.get(MONDAY.plusDays(42)))
        .extracting(PlannedItem::ref)
        .containsExactly("team-papers");
    assertThat(byDay.get(MONDAY.plusDays(48)))
        .extracting(PlannedItem::ref)
        .containsExactly("rehearse", "day-before");
  }

  @Test
  void problemsNoPhaseSelectsGoToTheCatchAllPhase() {
    List<CatalogProblem> withDiscussion =
        List.of(
            Catalogs.problem(1, 1, 40), Catalogs.problem(35, 4, 25), Catalogs.problem(90, 5, 30));
    PlanDraft draft =
        StudyPlanBuilder.build(
            PlanStructure.load(Focus.SCIENTIST),
            new PlanRequest(MONDAY, MONDAY.plusDays(49), 120, Focus.SCIENTIST),
            withDiscussion,
            Set.of());
    assertThat(draft.items())
        .filteredOn(i -> i.kind() == ItemKind.PROBLEM)
        .extracting(PlannedItem::ref, PlannedItem::phase)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", "Research talk and deep dives"),
            org.assertj.core.groups.Tuple.tuple("p35", "Systems and coding polish"),
            org.assertj.core.groups.Tuple.tuple("p90", "Systems and coding polish"));
  }

  @Test
  void phasesWithoutWorkGiveTheirDaysToTheOthers() {
    // no mathematics in this catalog, and the research coding is all solved
    List<CatalogProblem> partial = CATALOG.stream().filter(p -> p.section() != 2).toList();
    Set<String> solved =
        partial.stream()
            .filter(p -> p.section() == 3)
            .map(CatalogProblem::slug)
            .collect(Collectors.toSet());
    PlanDraft draft =
        StudyPlanBuilder.build(
            PlanStructure.load(Focus.ENGINEER),
            new PlanRequest(MONDAY, MONDAY.plusDays(40), 120, Focus.ENGINEER),
            partial,
            solved);
    assertThat(draft.phases())
        .extracting(dev.allclose.store.PlanPhase::title, dev.allclose.store.PlanPhase::first)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Core implementations", MONDAY),
            org.assertj.core.groups.Tuple.tuple("Advanced implementations", MONDAY.plusDays(10)),
            org.assertj.core.groups.Tuple.tuple("Paper discussion", MONDAY.plusDays(20)),
            org.assertj.core.groups.Tuple.tuple(
                "Integration and mock interviews", MONDAY.plusDays(30)));
    assertThat(draft.phases().get(3).last()).isEqualTo(MONDAY.plusDays(39));
  }

  @Test
  void noDayIsLeftFreeWhileALaterDayOverflowsItsMinutes() {
    // The real catalog at 60 minutes a day over 15 days: the research coding had two problems for
    // its three days and left the third free, then the paper discussion needed 130 minutes a day.
    List<CatalogProblem> catalog =
        CATALOG.stream().filter(p -> p.section() != 2 && p.number() <= 26).toList();
    PlanDraft draft =
        StudyPlanBuilder.build(
            PlanStructure.load(Focus.ENGINEER),
            new PlanRequest(MONDAY, MONDAY.plusDays(15), 60, Focus.ENGINEER),
            catalog,
            Set.of());
    assertNoFreeDayBeforeAnOverflow(Focus.ENGINEER, draft, 60);
    assertThat(problems(draft)).hasSize(catalog.size()).doesNotHaveDuplicates();
    for (Focus focus : Focus.values()) {
      for (int days = 5; days <= 70; days += 5) {
        for (int minutes : new int[] {45, 60, 90, 120}) {
          PlanDraft d =
              StudyPlanBuilder.build(
                  PlanStructure.load(focus),
                  new PlanRequest(MONDAY, MONDAY.plusDays(days), minutes, focus),
                  CATALOG,
                  Set.of());
          assertNoFreeDayBeforeAnOverflow(focus, d, minutes);
          assertThat(problems(d)).hasSize(CATALOG.size());
        }
      }
    }
  }

  /**
   * No day without a problem or a one-off task has room for the work of a later day over the daily
   * minutes. Daily, empty-day and final-day tasks belong to their day and never move.
   */
  private static void assertNoFreeDayBeforeAnOverflow(Focus focus, PlanDraft draft, int budget) {
    PlanStructure structure = PlanStructure.load(focus);
    Set<String> fixed = new java.util.HashSet<>();
    Set<String> fillers = new java.util.HashSet<>();
    structure.finalDay().forEach(t -> fixed.add(t.id()));
    for (Phase phase : structure.phases()) {
      phase.daily().forEach(t -> fixed.add(t.id()));
      if (phase.emptyDay() != null) {
        fillers.add(phase.emptyDay().id());
      }
    }
    TreeMap<LocalDate, List<PlannedItem>> byDay =
        draft.items().stream()
            .collect(Collectors.groupingBy(PlannedItem::day, TreeMap::new, Collectors.toList()));
    for (LocalDate day : byDay.keySet()) {
      List<PlannedItem> items = byDay.getOrDefault(day, List.of());
      int load = items.stream().mapToInt(PlannedItem::minutes).sum();
      int smallestMovable =
          items.stream()
              .filter(i -> !fixed.contains(i.ref()) && !fillers.contains(i.ref()))
              .mapToInt(PlannedItem::minutes)
              .min()
              .orElse(Integer.MAX_VALUE);
      if (load <= budget || smallestMovable == Integer.MAX_VALUE) {
        continue;
      }
      for (LocalDate earlier = MONDAY; earlier.isBefore(day); earlier = earlier.plusDays(1)) {
        List<PlannedItem> before = byDay.getOrDefault(earlier, List.of());
        if (before.stream().allMatch(i -> fixed.contains(i.ref()) || fillers.contains(i.ref()))) {
          int fixedLoad =
              before.stream()
                  .filter(i -> fixed.contains(i.ref()))
                  .mapToInt(PlannedItem::minutes)
                  .sum();
          assertThat(fixedLoad + smallestMovable)
              .as(
                  "%s, %d min a day: %s is free while %s needs %d minutes",
                  focus, budget, earlier, day, load)
              .isGreaterThan(budget);
        }
      }
    }
  }

  @Test
  void daysAreSharedInProportionToTheWeeks() {
    assertThat(DaySplit.split(42, List.of(1, 1, 1, 1, 1, 1))).containsExactly(7, 7, 7, 7, 7, 7);
    assertThat(DaySplit.split(49, List.of(2, 2, 2, 1))).containsExactly(14, 14, 14, 7);
    assertThat(DaySplit.split(10, List.of(1, 1, 1, 1, 1, 1))).containsExactly(2, 2, 2, 2, 1, 1);
    assertThat(DaySplit.split(3, List.of(1, 1, 1, 1, 1, 1))).containsExactly(1, 1, 1, 0, 0, 0);
    assertThat(DaySplit.split(1, List.of(1, 2))).containsExactly(0, 1);
    for (int days = 1; days <= 120; days++) {
      assertThat(java.util.Arrays.stream(DaySplit.split(days, List.of(2, 2, 2, 1))).sum())
          .isEqualTo(days);
    }
  }
}
