package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cohorts, their people and assignments, on SQLite and PostgreSQL. */
class CohortsTest {
  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aCohortHoldsItsCoachesMembersAndAssignments(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.enableAccounts();
    Instant week = clock.instant().plus(Duration.ofDays(7));
    Accounts.Account coach =
        store.accounts().add("coach@example.org", "coach", "ws_", "c", week).orElseThrow();
    Accounts.Account alice =
        store.accounts().add("alice@example.org", "candidate", "ws_", "a", week).orElseThrow();
    Accounts.Account bob =
        store.accounts().add("bob@example.org", "candidate", "ws_", "b", week).orElseThrow();

    Cohorts.Cohort c = store.cohorts().create("Winter", coach.id());
    assertThat(store.cohorts().isCoach(c.id(), coach.id())).isTrue();
    assertThat(store.cohorts().isCoach(c.id(), alice.id())).isFalse();
    assertThat(store.cohorts().coachedBy(coach.id())).containsExactly(c);
    assertThat(store.cohorts().addMember(c.id(), alice.id())).isTrue();
    assertThat(store.cohorts().addMember(c.id(), alice.id())).isFalse();
    assertThat(store.cohorts().members(c.id()))
        .extracting(Accounts.Account::email)
        .containsExactly("alice@example.org");

    Cohorts.Assignment set =
        store
            .cohorts()
            .addAssignment(c.id(), "Week 1", "set", week, null, List.of("top-k", "rope"));
    Cohorts.Assignment timed =
        store
            .cohorts()
            .addAssignment(
                c.id(), "Mock", "assessment", week.minus(Duration.ofDays(1)), 45, List.of("rope"));
    assertThat(store.cohorts().assignments(c.id()))
        .extracting(Cohorts.Assignment::title)
        .containsExactly("Mock", "Week 1");
    assertThat(store.cohorts().assignment(set.id()).orElseThrow().problems())
        .containsExactly("top-k", "rope");
    assertThat(store.cohorts().assignment(set.id()).orElseThrow().minutes()).isNull();
    assertThat(store.cohorts().assignment(timed.id()).orElseThrow().minutes()).isEqualTo(45);
    assertThat(store.cohorts().assignmentsFor(alice.id())).hasSize(2);
    assertThat(store.cohorts().assignmentsFor(bob.id())).isEmpty();

    Instant start = store.cohorts().start(timed.id(), alice.id());
    clock.advance(Duration.ofMinutes(3));
    assertThat(store.cohorts().start(timed.id(), alice.id())).isEqualTo(start);
    assertThat(store.cohorts().startOf(timed.id(), alice.id())).contains(start);
    assertThat(store.cohorts().startOf(timed.id(), bob.id())).isEmpty();
    assertThat(store.cohorts().starts(timed.id())).containsOnlyKeys(alice.id());
  }
}
