package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebStateTest {

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void draftsAreReplacedPerProblemAndLanguage(TestDatabase db) throws Exception {
    Store store = db.open("db");
    store.drafts().save("top-k", "python", "v1");
    store.drafts().save("top-k", "python", "v2");
    store.drafts().save("top-k", "java", "j");
    assertThat(store.drafts().get("top-k", "python")).contains("v2");
    assertThat(store.drafts().get("top-k", "java")).contains("j");
    assertThat(store.drafts().get("rope", "python")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void hintsOnlyGoUpAndGivingUpIsRemembered(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.problemStates().revealHints("lora", 2);
    store.problemStates().revealHints("lora", 1);
    assertThat(store.problemStates().get("lora").hintsRevealed()).isEqualTo(2);
    assertThat(store.problemStates().get("lora").gaveUpAt()).isNull();
    store.problemStates().giveUp("lora");
    clock.advance(Duration.ofHours(1));
    store.problemStates().giveUp("lora");
    assertThat(store.problemStates().get("lora").gaveUpAt())
        .isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void anInterviewSummarisesTheSubmissionsMadeWhileItRan(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store
        .submissions()
        .record(StoreTest.submission("rope", "submit", "wrong_answer")); // before: not counted
    clock.advance(Duration.ofMinutes(1));
    InterviewSessions.Session s =
        store.interviews().start("rope", "python", Duration.ofMinutes(35));
    assertThat(store.interviews().running("rope")).isPresent();
    clock.advance(Duration.ofMinutes(10));
    store.submissions().record(StoreTest.submission("rope", "test", "wrong_answer"));
    store.submissions().record(StoreTest.submission("rope", "submit", "wrong_answer"));
    clock.advance(Duration.ofMinutes(10));
    store.submissions().record(StoreTest.submission("rope", "submit", "accepted"));
    clock.advance(Duration.ofMinutes(5));

    InterviewSessions.Session done = store.interviews().finish(s.id());

    assertThat(done.verdict()).isEqualTo("accepted");
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(Duration.between(done.startedAt(), done.endedAt()))
        .isEqualTo(Duration.ofMinutes(25));
    assertThat(store.interviews().running("rope")).isEmpty();
    assertThat(store.progress().rows(List.of("rope")).get(0).solveMs())
        .isEqualTo(Duration.ofMinutes(20).toMillis());
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aSessionPastItsBudgetEndsAtItsDeadline(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    InterviewSessions.Session s = store.interviews().start("lora", "java", Duration.ofMinutes(30));
    clock.advance(Duration.ofMinutes(45));
    assertThat(store.interviews().running("lora")).isEmpty();
    InterviewSessions.Session done = store.interviews().finish(s.id());
    assertThat(done.endedAt()).isEqualTo(s.deadline());
    assertThat(done.verdict()).isEqualTo("none");
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void activityIsCountedPerDay(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.submissions().record(StoreTest.submission("a", "test", "accepted"));
    store.submissions().record(StoreTest.submission("a", "submit", "accepted"));
    clock.advance(Duration.ofDays(2));
    store.submissions().record(StoreTest.submission("b", "submit", "accepted"));
    long day = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli() / 86_400_000L;
    assertThat(store.submissions().perDay())
        .containsEntry(day, 2)
        .containsEntry(day + 2, 1)
        .hasSize(2);
  }
}
