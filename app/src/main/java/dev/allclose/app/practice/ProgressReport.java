package dev.allclose.app.practice;

import dev.allclose.app.interviews.SessionView;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress page's data: the tracker, solved counts by section and by difficulty, the time of
 * each solved problem against its budget, submissions per day and the interview sessions.
 */
public record ProgressReport(
    List<TrackedProblem> rows,
    List<Count> bySection,
    List<Count> byDifficulty,
    List<Time> timePerProblem,
    List<Day> activity,
    List<SessionView> interviews) {

  /** Solved out of the catalog's problems in one group. */
  public record Count(String label, int solved, int total) {}

  /** A solved problem's time against its budget. */
  public record Time(String slug, String title, long timeMs, long budgetMs) {}

  /** Judged runs on one day (UTC). */
  public record Day(LocalDate date, int submissions) {}
}
