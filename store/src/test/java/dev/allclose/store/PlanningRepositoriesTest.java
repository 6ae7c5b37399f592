package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repositories behind the study plan, talks, story bank, interviews and offers. */
class PlanningRepositoriesTest {
  static final LocalDate MON = LocalDate.parse("2026-03-02");

  StoreTest.ManualClock clock = new StoreTest.ManualClock();
  Store store;

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aNewPlanRetiresTheOldAndKeepsItemsInDayOrder(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    StudyPlans plans = store.studyPlans();
    plans.create(MON, MON.plusDays(7), 60, "engineer", List.of(), List.of());
    StoredPlan plan =
        plans.create(
            MON,
            MON.plusDays(14),
            90,
            "scientist",
            List.of(
                new PlanPhase("Foundations", MON, MON.plusDays(6)),
                new PlanPhase("Talk", MON.plusDays(7), MON.plusDays(13))),
            List.of(
                new NewPlanItem(MON.plusDays(1), "p", "task", "b", "Second day", 30),
                new NewPlanItem(MON, "p", "problem", "lora", "LoRA", 30),
                new NewPlanItem(MON, "p", "task", "a", "First day, second", 20)));
    assertThat(plans.active()).contains(plan);
    assertThat(plans.phases(plan.id()))
        .extracting(PlanPhase::title)
        .containsExactly("Foundations", "Talk");
    assertThat(plans.phases(plan.id()).get(1).covers(MON.plusDays(13))).isTrue();
    List<PlanItemRecord> items = plans.items(plan.id());
    assertThat(items)
        .extracting(PlanItemRecord::title)
        .containsExactly("LoRA", "First day, second", "Second day");
    assertThat(items).extracting(PlanItemRecord::position).containsExactly(0, 1, 0);

    clock.advance(Duration.ofDays(2));
    PlanItemRecord lora = items.get(0);
    PlanItemRecord task = items.get(1);
    plans.adapt(
        plan.id(),
        Map.of(task.id(), clock.instant()),
        List.of(new PlanItemMove(lora.id(), MON.plusDays(1))),
        List.of(new NewPlanItem(MON.plusDays(1), "review", "review", "rope", "RoPE", 35)));
    List<PlanItemRecord> after = db.open("a.db", clock).studyPlans().items(plan.id());
    assertThat(after)
        .extracting(PlanItemRecord::title)
        .containsExactly("First day, second", "Second day", "LoRA", "RoPE");
    PlanItemRecord moved = after.get(2);
    assertThat(moved.day()).isEqualTo(MON.plusDays(1));
    assertThat(moved.firstDay()).isEqualTo(MON);
    assertThat(after.get(0).doneAt()).isEqualTo(clock.instant());
    assertThat(after.get(3).addedAt()).isEqualTo(clock.instant());

    plans.markDone(plan.id(), task.id(), null);
    assertThat(plans.items(plan.id()).get(0).done()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void talksKeepOutlinesAndRehearsals(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    Talks talks = store.talks();
    assertThat(talks.current()).isEmpty();
    talks.save("Old", 30, List.of(new TalkSlide("method", "x")));
    clock.advance(Duration.ofMinutes(1));
    StoredTalk talk =
        talks.save(
            "Physics-aware control",
            45,
            List.of(
                new TalkSlide("motivation", "Why grids fail"), new TalkSlide("method", "Loss")));
    assertThat(talks.current()).contains(talk);
    talks.recordRehearsal(
        talk.id(),
        45,
        clock.instant(),
        List.of(new RehearsalSection("motivation", 270_000, 300_000)));
    assertThat(talks.rehearsals(5))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.sections())
                    .containsExactly(new RehearsalSection("motivation", 270_000, 300_000)));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void theStoryBankNumbersEntriesPerKindAndDropsEmptyParts(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    StoryBank bank = store.storyBank();
    BankEntry story =
        bank.add("story", "conflict", "Baseline dispute", Map.of("situation", "S", "task", " "));
    bank.add("project", null, "Grid RL", Map.of("problem", "P"));
    assertThat(story.number()).isEqualTo(1);
    assertThat(story.parts()).containsOnlyKeys("situation");
    assertThat(bank.add("story", "failure", "t", Map.of()).number()).isEqualTo(2);

    assertThat(bank.update("story", 1, Map.of("task", "T", "situation", "")))
        .hasValueSatisfying(e -> assertThat(e.parts()).containsOnlyKeys("task"));
    assertThat(bank.remove("story", 1)).isTrue();
    assertThat(bank.remove("story", 1)).isFalse();
    assertThat(bank.list("story")).extracting(BankEntry::number).containsExactly(2);
    assertThat(bank.list("project"))
        .singleElement()
        .satisfies(p -> assertThat(p.parts()).containsEntry("problem", "P"));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void interviewsKeepPicksAndTicks(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    Interviews interviews = store.interviewDays();
    interviews.save("acme", "engineer", null, MON);
    clock.advance(Duration.ofMinutes(1));
    interviews.save("beta", null, null, null);
    assertThat(interviews.save("acme", null, "llm", null))
        .isEqualTo(
            new InterviewRecord(
                "acme", "engineer", "llm", MON, Instant.parse("2026-11-01T09:00:00Z")));
    assertThat(interviews.latest()).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("beta"));
    interviews.pick("acme", List.of("q1", "q2", "q3"));
    interviews.pick("acme", List.of("q3", "q1"));
    assertThat(interviews.picks("acme")).containsExactly("q3", "q1");
    interviews.tick("acme", "day-of", List.of("a", "b"), true);
    interviews.tick("acme", "day-of", List.of("a"), false);
    assertThat(interviews.ticks("acme", "day-of")).containsExactly("b");
    assertThat(interviews.ticks("beta", "day-of")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void offersAreKeptByName(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    SavedOffers offers = store.offers();
    offers.put("acme", "name: acme\n");
    clock.advance(Duration.ofMinutes(1));
    offers.put("beta", "name: beta\n");
    offers.put("acme", "name: acme\nbase: 1\n");
    assertThat(offers.list())
        .extracting(SavedOffer::name, SavedOffer::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme", "name: acme\nbase: 1\n"),
            org.assertj.core.groups.Tuple.tuple("beta", "name: beta\n"));
    assertThat(offers.remove("beta")).isTrue();
    assertThat(offers.remove("beta")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void theHistoryListsEverySubmissionOldestFirst(TestDatabase db) throws StoreException {
    store = db.open("a.db", clock);
    store.submissions().record(StoreTest.submission("lora", "submit", "wrong_answer"));
    clock.advance(Duration.ofMinutes(3));
    store.submissions().record(StoreTest.submission("lora", "test", "accepted"));
    assertThat(store.history().all())
        .extracting(SubmissionSummary::verdict, SubmissionSummary::full)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wrong_answer", true),
            org.assertj.core.groups.Tuple.tuple("accepted", false));
  }
}
