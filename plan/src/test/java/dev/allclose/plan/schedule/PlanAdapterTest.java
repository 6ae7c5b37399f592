package dev.allclose.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.Catalogs;
import dev.allclose.store.NewPlanItem;
import dev.allclose.store.PlanItemMove;
import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.StoredPlan;
import dev.allclose.store.SubmissionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlanAdapterTest {
  static final LocalDate MON = LocalDate.parse("2026-03-02");
  static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");
  static final StoredPlan PLAN =
      new StoredPlan("plan", CREATED, MON, MON.plusDays(7), 60, "engineer");
  static final Map<String, CatalogProblem> CATALOG =
      Catalogs.research().stream()
          .collect(Collectors.toMap(CatalogProblem::slug, Function.identity()));

  final List<PlanItemRecord> items = new ArrayList<>();

  PlanItemRecord item(String id, LocalDate day, String kind, String ref, int minutes) {
    return item(id, day, kind, ref, minutes, null);
  }

  PlanItemRecord item(
      String id, LocalDate day, String kind, String ref, int minutes, @Nullable Instant done) {
    PlanItemRecord r =
        new PlanItemRecord(
            id,
            "plan",
            day,
            (int) items.stream().filter(i -> i.day().equals(day)).count(),
            "Phase",
            kind,
            ref,
            ref,
            minutes,
            day,
            CREATED,
            done);
    items.add(r);
    return r;
  }

  static SubmissionSummary submit(String problem, String verdict, String at) {
    return new SubmissionSummary(problem, "submit", verdict, Instant.parse(at), null);
  }

  Adaptation adapt(LocalDate today, List<SubmissionSummary> history, Set<String> review) {
    return PlanAdapter.adapt(PLAN, items, today, history, review, CATALOG);
  }

  @Test
  void aProblemIsDoneByAnAcceptedFullSubmissionAfterItWasPlanned() {
    item("a", MON, "problem", "p1", 40);
    item("b", MON, "problem", "p2", 30);
    item("c", MON, "task", "brief-1", 30);
    Adaptation a =
        adapt(
            MON,
            List.of(
                submit("p1", "accepted", "2026-02-20T10:00:00Z"), // before the plan: not this item
                submit("p1", "wrong_answer", "2026-03-02T09:00:00Z"),
                submit("p1", "accepted", "2026-03-02T10:00:00Z"),
                new SubmissionSummary(
                    "p2", "test", "accepted", Instant.parse("2026-03-02T10:00:00Z"), null)),
            Set.of());
    assertThat(a.done()).containsOnly(Map.entry("a", Instant.parse("2026-03-02T10:00:00Z")));
    assertThat(a.moves()).isEmpty();
  }

  @Test
  void missedItemsMoveForwardToTheFirstDayWithRoom() {
    item("a", MON, "problem", "p1", 40);
    item("done", MON, "task", "t", 20, Instant.parse("2026-03-02T18:00:00Z"));
    item("b", MON.plusDays(1), "problem", "p2", 30);
    item("c", MON.plusDays(2), "problem", "p3", 30);
    item("d", MON.plusDays(2), "task", "x", 10);
    item("e", MON.plusDays(3), "problem", "p4", 40);
    // Wednesday: Monday's p1 (40) and Tuesday's p2 (30) were missed. Wednesday holds 40 of 60,
    // Thursday 40: p1 fits nowhere until Friday; p2 fits nowhere before Friday either, and
    // Friday then holds 40, so p2 goes to Saturday.
    Adaptation a = adapt(MON.plusDays(2), List.of(), Set.of());
    assertThat(a.moves())
        .containsExactly(
            new PlanItemMove("a", MON.plusDays(4)), new PlanItemMove("b", MON.plusDays(5)));
    assertThat(a.added()).isEmpty();
  }

  @Test
  void whenNoDayHasRoomTheLeastLoadedTakesIt() {
    item("a", MON, "problem", "p1", 50);
    for (int d = 1; d < 7; d++) {
      item("x" + d, MON.plusDays(d), "task", "t", 40 + d);
    }
    assertThat(adapt(MON.plusDays(1), List.of(), Set.of()).moves())
        .containsExactly(new PlanItemMove("a", MON.plusDays(1)));
  }

  @Test
  void aFailedProblemMovesLikeAMissedOne() {
    item("a", MON, "problem", "p1", 40);
    Adaptation a =
        adapt(
            MON.plusDays(1),
            List.of(submit("p1", "wrong_answer", "2026-03-02T10:00:00Z")),
            new RejectedSubmissions(List.of(submit("p1", "wrong_answer", "2026-03-02T10:00:00Z")))
                .due(MON.plusDays(1)));
    assertThat(a.moves()).containsExactly(new PlanItemMove("a", MON.plusDays(1)));
    assertThat(a.added()).as("already pending, so not added twice").isEmpty();
  }

  @Test
  void problemsFailingReviewComeBackOnce() {
    item("a", MON, "problem", "p1", 40, Instant.parse("2026-03-02T10:00:00Z"));
    item("b", MON.plusDays(3), "problem", "p9", 35);
    List<SubmissionSummary> history =
        List.of(
            submit("p1", "accepted", "2026-03-02T10:00:00Z"),
            submit("p1", "runtime_error", "2026-03-03T10:00:00Z"),
            submit("p9", "wrong_answer", "2026-03-03T11:00:00Z"),
            submit("p5", "accepted", "2026-03-03T11:00:00Z"));
    Set<String> due = new RejectedSubmissions(history).due(MON.plusDays(2));
    assertThat(due).containsExactly("p1", "p9");
    Adaptation a = adapt(MON.plusDays(2), history, due);
    assertThat(a.added())
        .containsExactly(
            new NewPlanItem(MON.plusDays(2), "Review", "review", "p1", "Review #1 Problem 1", 40));
  }

  @Test
  void aSchedulerCanBeCombinedWithTheRejectedSource() {
    ReviewSource scheduler = day -> day.equals(MON) ? Set.of("p3") : Set.of();
    ReviewSource both =
        scheduler.and(
            new RejectedSubmissions(List.of(submit("p1", "wrong_answer", "2026-03-01T10:00:00Z"))));
    assertThat(both.due(MON)).containsExactly("p1", "p3");
    assertThat(both.due(MON.plusDays(1))).containsExactly("p1");
    assertThat(ReviewSource.none().due(MON)).isEmpty();
  }

  @Test
  void nothingMovesBeforeTheStartOrFromTheInterviewDayOn() {
    item("a", MON, "problem", "p1", 40);
    assertThat(adapt(MON.minusDays(3), List.of(), Set.of("p2")).moves()).isEmpty();
    Adaptation after = adapt(MON.plusDays(7), List.of(), Set.of("p2"));
    assertThat(after.isEmpty()).isTrue();
  }
}
