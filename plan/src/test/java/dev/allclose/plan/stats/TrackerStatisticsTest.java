package dev.allclose.plan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.Catalogs;
import dev.allclose.store.SubmissionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerStatisticsTest {
  static final double PERCENT = 1e-9;
  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final List<CatalogProblem> CATALOG = Catalogs.research();

  static SubmissionSummary s(String problem, String kind, String verdict, String at, Long ms) {
    return new SubmissionSummary(problem, kind, verdict, Instant.parse(at), ms);
  }

  static final List<SubmissionSummary> HISTORY =
      List.of(
          // p1 (40 min budget): two rejections, accepted at 50 min: 3 attempts, over budget
          s("p1", "submit", "wrong_answer", "2026-03-01T10:00:00Z", 1_200_000L),
          s("p1", "test", "accepted", "2026-03-01T10:05:00Z", 1_500_000L),
          s("p1", "submit", "runtime_error", "2026-03-02T10:00:00Z", 2_400_000L),
          s("p1", "submit", "accepted", "2026-03-02T10:10:00Z", 3_000_000L),
          s("p1", "submit", "wrong_answer", "2026-03-03T10:10:00Z", 3_100_000L),
          // p13 (25 min): accepted at once, in 20 min
          s("p13", "submit", "accepted", "2026-03-04T23:30:00Z", 1_200_000L),
          // p25 (20 min): rejected twice, unsolved; no clock
          s("p25", "submit", "wrong_answer", "2026-03-06T09:00:00Z", null),
          s("p25", "submit", "time_limit", "2026-03-07T09:00:00Z", null),
          // a test run only: practice, but no effort row
          s("p2", "test", "wrong_answer", "2026-03-08T09:00:00Z", null));

  @Test
  void effortCountsAttemptsBeforeAcceptanceAndTimeAgainstBudget() {
    TrackerStats stats =
        TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-08"), ZONE);
    assertThat(stats.efforts())
        .extracting(e -> e.problem().slug())
        .containsExactly("p1", "p13", "p25");
    ProblemEffort p1 = stats.efforts().get(0);
    assertThat(p1.solved()).isTrue();
    assertThat(p1.attempts()).isEqualTo(3);
    assertThat(p1.rejected()).isEqualTo(2);
    assertThat(p1.timeMs()).isEqualTo(3_000_000L);
    assertThat(p1.budgetRatio()).isCloseTo(1.25, within(PERCENT));
    assertThat(p1.struggle()).isEqualTo(3);
    ProblemEffort p13 = stats.efforts().get(1);
    assertThat(p13.attempts()).isEqualTo(1);
    assertThat(p13.budgetRatio()).isCloseTo(0.8, within(PERCENT));
    assertThat(p13.struggle()).isZero();
    ProblemEffort p25 = stats.efforts().get(2);
    assertThat(p25.solved()).isFalse();
    assertThat(p25.attempts()).isEqualTo(2);
    assertThat(p25.budgetRatio()).isNull();
    assertThat(p25.struggle()).isEqualTo(4);
  }

  @Test
  void sharesCompareWhatIsSolvedWithTheCatalog() {
    TrackerStats stats =
        TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-08"), ZONE);
    assertThat(stats.bySection())
        .extracting(Share::group)
        .containsExactly(
            "1 Paper implementation",
            "2 Mathematical reasoning",
            "3 Research-flavoured coding",
            "5 Extra paper contributions");
    Share first = stats.bySection().get(0);
    assertThat(first.solved()).isEqualTo(1);
    assertThat(first.inCatalog()).isEqualTo(12);
    assertThat(first.catalogPercent()).isCloseTo(100.0 * 12 / 38, within(PERCENT));
    assertThat(first.solvedPercent()).isCloseTo(50.0, within(PERCENT));
    assertThat(first.coveredPercent()).isCloseTo(100.0 / 12, within(PERCENT));
    assertThat(stats.byDifficulty()).extracting(Share::group).containsExactly("Medium", "Hard");
    assertThat(stats.byDifficulty()).extracting(Share::solved).containsExactly(1, 1);
  }

  @Test
  void streaksCountCalendarDaysInTheUsersZone() {
    // 2026-03-04T23:30Z is still the 4th in London; a gap on the 5th breaks the run
    TrackerStats stats =
        TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-08"), ZONE);
    assertThat(stats.streaks()).isEqualTo(new Streaks(3, 4, LocalDate.parse("2026-03-08")));
    // in Tokyo the 23:30Z submission falls on the 5th: the runs are 1-3 and 5-8
    assertThat(
            TrackerStatistics.compute(
                    CATALOG, HISTORY, LocalDate.parse("2026-03-08"), ZoneId.of("Asia/Tokyo"))
                .streaks())
        .isEqualTo(new Streaks(4, 4, LocalDate.parse("2026-03-08")));
    assertThat(
            TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-09"), ZONE)
                .streaks()
                .current())
        .as("today without practice yet keeps yesterday's run")
        .isEqualTo(3);
    assertThat(
            TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-10"), ZONE)
                .streaks()
                .current())
        .isZero();
    assertThat(
            TrackerStatistics.compute(CATALOG, List.of(), LocalDate.parse("2026-03-10"), ZONE)
                .streaks())
        .isEqualTo(new Streaks(0, 0, null));
  }

  @Test
  void theWeakestTopicsAreThoseWhoseProblemsWentWorst() {
    TrackerStats stats =
        TrackerStatistics.compute(CATALOG, HISTORY, LocalDate.parse("2026-03-08"), ZONE);
    // p25 (concept-0, section-3): 4; p1 (concept-1, section-1): 3; p13 (concept-3, section-2): 0
    assertThat(stats.weakest())
        .extracting(WeakTopic::topic)
        .containsExactly("concept-0", "section-3", "concept-1", "section-1");
    WeakTopic worst = stats.weakest().get(0);
    assertThat(worst.score()).isCloseTo(4.0, within(PERCENT));
    assertThat(worst.problems()).containsExactly("#25 Problem 25");
    assertThat(worst.reason()).isEqualTo("1 unsolved, 2 rejected submissions");
    assertThat(stats.weakest().get(2).reason()).isEqualTo("2 rejected submissions, 1 over budget");
  }
}
