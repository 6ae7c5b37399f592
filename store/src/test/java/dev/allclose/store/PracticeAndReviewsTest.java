package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The talk rounds' tables (V10, V11) on a real SQLite file, reopened between writes and reads. */
class PracticeAndReviewsTest {

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aSessionIsStoredWithItsAnswersAndReadBackNewestFirst(TestDatabase db) throws StoreException {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("a.db", clock);
    Instant start = clock.instant();
    store
        .practice()
        .record(
            "mock",
            "research-engineer",
            start,
            start.plusSeconds(600),
            List.of(
                new PracticeAnswer(
                    0, "bias-variance", "{\"answer\":\"x\"}", 1000, 300000, "{}", 0.5),
                new PracticeAnswer(1, "l1-l2", "{\"answer\":\"y\"}", 2000, 300000, "{}", 0.75)));
    clock.advance(Duration.ofHours(1));
    store.practice().record("critique", "paper-a", clock.instant(), clock.instant(), List.of());

    Store reopened = db.open("a.db", clock);
    List<PracticeSession> all = reopened.practice().sessions(null);
    assertThat(all).extracting(PracticeSession::round).containsExactly("critique", "mock");
    PracticeSession mock = reopened.practice().sessions("mock").get(0);
    assertThat(mock.answers())
        .extracting(PracticeAnswer::item)
        .containsExactly("bias-variance", "l1-l2");
    assertThat(mock.answers().get(1).score()).isEqualTo(0.75);
    assertThat(mock.finishedAt()).isEqualTo(start.plusSeconds(600));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aReviewReplacesTheCardLogsTheRatingAndSettingsCanBeCleared(TestDatabase db)
      throws StoreException {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("r.db", clock);
    Instant now = clock.instant();
    store
        .reviews()
        .record(
            new ReviewCard("question:a", "{\"s\":1}", now.plusSeconds(86400), now, 1),
            "good",
            "test");
    store
        .reviews()
        .record(
            new ReviewCard("question:a", "{\"s\":2}", now.plusSeconds(3600), now, 2),
            "again",
            "test");
    store
        .reviews()
        .record(new ReviewCard("problem:top-k", "{}", now.plusSeconds(60), now, 1), "hard", "test");
    store.reviews().setting("deadline", "2026-12-01");

    Store reopened = db.open("r.db", clock);
    assertThat(reopened.reviews().card("question:a").orElseThrow().card()).isEqualTo("{\"s\":2}");
    assertThat(reopened.reviews().logged("question:a")).isEqualTo(2);
    assertThat(reopened.reviews().cards())
        .extracting(ReviewCard::item)
        .containsExactly("problem:top-k", "question:a");
    assertThat(reopened.reviews().setting("deadline")).contains("2026-12-01");
    reopened.reviews().setting("deadline", null);
    assertThat(reopened.reviews().setting("deadline")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void anUnconfirmedRatingSurvivesAReopenUntilConfirmedOrReplaced(TestDatabase db)
      throws StoreException {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("u.db", clock);
    Instant now = clock.instant();
    ReviewCard card = new ReviewCard("question:a", "{\"s\":1}", now.plusSeconds(600), now, 1);
    UnconfirmedRating pending =
        new UnconfirmedRating("question:a", "easy", "mock session x", now, null, 0, "{\"k\":1}");
    store.reviews().recordUnconfirmed(card, "hard", "mock session x (estimate)", pending);

    Store reopened = db.open("u.db", clock);
    assertThat(reopened.reviews().unconfirmed()).containsExactly(pending);
    assertThat(reopened.reviews().card("question:a")).contains(card);

    ReviewCard confirmed = new ReviewCard("question:a", "{\"s\":2}", now.plusSeconds(9), now, 1);
    assertThat(reopened.reviews().confirmed(confirmed, "good", "mock session x (confirmed)"))
        .isTrue();
    assertThat(reopened.reviews().unconfirmed()).isEmpty();
    assertThat(reopened.reviews().card("question:a")).contains(confirmed);
    assertThat(reopened.reviews().confirmed(confirmed, "good", "again")).isFalse();
    assertThat(reopened.reviews().logged("question:a")).isEqualTo(2);

    assertThatThrownBy(
            () ->
                reopened
                    .reviews()
                    .recordUnconfirmed(
                        new ReviewCard("question:b", "{}", now, now, 1), "hard", "x", pending))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
