package dev.allclose.interview.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.store.ReviewCard;
import dev.allclose.store.Store;
import dev.allclose.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review schedule on a real database: FSRS dates, the deadline, and problem verdicts. */
class ReviewPlannerTest {
  @TempDir Path tmp;

  private ReviewPlanner planner() throws StoreException {
    return new ReviewPlanner(Store.openSqlite(tmp.resolve("r.db")).reviews(), ZoneOffset.UTC);
  }

  @Test
  void withoutADeadlineIntervalsGrowAsFsrsSays() throws StoreException {
    try (ReviewPlanner p = planner()) {
      Instant t = Instant.parse("2026-01-05T09:00:00Z");
      ReviewCard c = null;
      for (int i = 0; i < 5; i++) {
        c = p.review("question:q", Rating.GOOD, t, "test");
        t = c.dueAt();
      }
      assertThat(c.reviews()).isEqualTo(5);
      // The "mixed" and "capped" histories of fsrs-history.json: the fifth good review of a new
      // card is due after the fourth's 44-day interval, with no cap.
      assertThat(Duration.between(c.lastReviewAt(), c.dueAt()).toDays()).isGreaterThan(30);
    }
  }

  @Test
  void aDeadlineCapsIntervalsSoEveryReviewFallsBeforeTheInterview() throws StoreException {
    try (ReviewPlanner p = planner()) {
      LocalDate interview = LocalDate.parse("2026-01-25");
      p.deadline(interview);
      Instant t = Instant.parse("2026-01-05T09:00:00Z");
      for (int i = 0; i < 12; i++) {
        ReviewCard c = p.review("question:q", Rating.EASY, t, "test");
        assertThat(c.dueAt()).isBefore(interview.atStartOfDay().toInstant(ZoneOffset.UTC));
        t = c.dueAt();
        // From three days out the cap is one day and FSRS may add two: the pull-in takes over.
        if (!t.isBefore(Instant.parse("2026-01-22T00:00:00Z"))) {
          break;
        }
      }
    }
  }

  @Test
  void cardsDueAfterTheDeadlineArePulledToTheDayBefore() throws StoreException {
    try (ReviewPlanner p = planner()) {
      Instant t = Instant.parse("2026-01-05T09:00:00Z");
      ReviewCard c = p.review("question:q", Rating.EASY, t, "test");
      c = p.review("question:q", Rating.EASY, c.dueAt(), "test");
      Instant due = c.dueAt();
      LocalDate deadline = LocalDate.ofInstant(due, ZoneOffset.UTC).minusDays(1);
      p.deadline(deadline);
      Instant dayBefore = deadline.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      List<DueItem> schedule = p.schedule(c.lastReviewAt());
      assertThat(schedule)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.pulled()).isTrue();
                assertThat(d.due()).isEqualTo(dayBefore);
              });
      assertThat(p.dueToday(dayBefore)).hasSize(1);
      assertThat(p.dueToday(dayBefore.minus(Duration.ofDays(1)))).isEmpty();
      // After the interview, plain FSRS dates again.
      assertThat(p.schedule(due).get(0).pulled()).isFalse();
      p.deadline(null);
      assertThat(p.schedule(c.lastReviewAt()).get(0).due()).isEqualTo(due);
    }
  }

  @Test
  void problemsAreRatedFromTheirLatestVerdictOnce() throws StoreException {
    try (ReviewPlanner p = planner()) {
      Instant t = Instant.parse("2026-02-01T10:00:00Z");
      ProblemOutcome rejected = new ProblemOutcome("top-k", "wrong_answer", t, "s1", null, 20);
      ProblemOutcome slow = new ProblemOutcome("bloom", "accepted", t, "s2", 45 * 60_000L, 25);
      ProblemOutcome fast = new ProblemOutcome("mha", "accepted", t, "s3", 10 * 60_000L, 40);
      assertThat(rejected.rating()).isEqualTo(Rating.AGAIN);
      assertThat(slow.rating()).isEqualTo(Rating.HARD);
      assertThat(fast.rating()).isEqualTo(Rating.GOOD);
      assertThat(p.syncProblems(List.of(rejected, slow, fast))).hasSize(3);
      assertThat(p.syncProblems(List.of(rejected, slow, fast))).isEmpty();
      ProblemOutcome later =
          new ProblemOutcome("top-k", "accepted", t.plusSeconds(3600), "s4", null, 20);
      assertThat(p.syncProblems(List.of(later)))
          .singleElement()
          .satisfies(c -> assertThat(c.reviews()).isEqualTo(2));
      // Problems are scheduled in whole days, with no learning steps of minutes: none comes back
      // the day it was judged, and a first "good" is due three days on ("in days (problems)" of
      // fsrs-history.json).
      assertThat(p.dueToday(t.plusSeconds(3600))).isEmpty();
      assertThat(p.schedule(t))
          .allSatisfy(
              d ->
                  assertThat(Duration.between(d.card().lastReviewAt(), d.due()))
                      .isGreaterThanOrEqualTo(Duration.ofDays(1)));
      assertThat(p.schedule(t))
          .filteredOn(d -> d.id().equals("mha"))
          .singleElement()
          .satisfies(d -> assertThat(d.due()).isEqualTo(t.plus(Duration.ofDays(3))));
      assertThat(p.dueToday(t.plus(Duration.ofDays(3))))
          .extracting(DueItem::id)
          .contains("top-k", "bloom", "mha");
    }
  }

  @Test
  void anUnconfirmedEstimateSchedulesCautiouslyAndItsConfirmationReplacesIt()
      throws StoreException {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    try (ReviewPlanner p = planner()) {
      ReviewCard first = p.review("question:q", Rating.GOOD, t, "test");
      Instant second = first.dueAt();
      ReviewCard estimated =
          p.reviewUnconfirmed("question:q", Rating.EASY, second, "mock session s", "{}");
      assertThat(estimated.reviews()).isEqualTo(2);
      assertThat(p.unconfirmed())
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.estimate()).isEqualTo("easy");
                assertThat(u.previousCard()).isEqualTo(first.card());
                assertThat(u.previousReviews()).isEqualTo(1);
              });

      // The user's GOOD replaces the estimate: the card is what a GOOD review at that time gives,
      // still the second review, and nothing is left to confirm.
      ReviewCard confirmed = p.confirm("question:q", Rating.GOOD).orElseThrow();
      assertThat(confirmed.reviews()).isEqualTo(2);
      assertThat(confirmed.lastReviewAt()).isEqualTo(second);
      assertThat(p.unconfirmed()).isEmpty();
      assertThat(p.confirm("question:q", Rating.GOOD)).isEmpty();

      ReviewPlanner fresh =
          new ReviewPlanner(Store.openSqlite(tmp.resolve("other.db")).reviews(), ZoneOffset.UTC);
      try (fresh) {
        fresh.review("question:q", Rating.GOOD, t, "test");
        ReviewCard direct = fresh.review("question:q", Rating.GOOD, second, "test");
        assertThat(confirmed.dueAt()).isEqualTo(direct.dueAt());
        // An EASY estimate is scheduled as HARD, sooner than the GOOD the user gave.
        assertThat(estimated.dueAt()).isBefore(direct.dueAt());
      }
    }
  }

  @Test
  void aLaterReviewDropsTheEarlierEstimate() throws StoreException {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    try (ReviewPlanner p = planner()) {
      ReviewCard c = p.reviewUnconfirmed("question:q", Rating.AGAIN, t, "mock session s", "{}");
      assertThat(c.reviews()).isEqualTo(1);
      p.review("question:q", Rating.GOOD, c.dueAt(), "mock session t");
      assertThat(p.unconfirmed()).isEmpty();
      assertThat(p.confirm("question:q", Rating.EASY)).isEmpty();
    }
  }

  @Test
  void theCautiousRatingIsAtMostHard() {
    assertThat(Rating.EASY.cautious()).isEqualTo(Rating.HARD);
    assertThat(Rating.GOOD.cautious()).isEqualTo(Rating.HARD);
    assertThat(Rating.HARD.cautious()).isEqualTo(Rating.HARD);
    assertThat(Rating.AGAIN.cautious()).isEqualTo(Rating.AGAIN);
  }
}
