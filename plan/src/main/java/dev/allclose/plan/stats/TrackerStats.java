package dev.allclose.plan.stats;

import java.util.List;

/**
 * Statistics of the tracker: solved by section and by difficulty against the catalog, effort per
 * attempted problem (attempts before acceptance, time against budget), practice streaks, and the
 * weakest topics (at most {@link TrackerStatistics#WEAKEST}).
 */
public record TrackerStats(
    List<Share> bySection,
    List<Share> byDifficulty,
    List<ProblemEffort> efforts,
    Streaks streaks,
    List<WeakTopic> weakest) {
  public TrackerStats {
    bySection = List.copyOf(bySection);
    byDifficulty = List.copyOf(byDifficulty);
    efforts = List.copyOf(efforts);
    weakest = List.copyOf(weakest);
  }
}
