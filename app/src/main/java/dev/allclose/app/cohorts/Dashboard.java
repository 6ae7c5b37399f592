package dev.allclose.app.cohorts;

import dev.allclose.store.Cohorts.Assignment;
import dev.allclose.store.Cohorts.Cohort;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coach's view of a cohort: for each assignment, each candidate's work on each of its problems.
 *
 * @param coaches the coaches' emails
 */
public record Dashboard(
    Cohort cohort, List<String> coaches, List<String> members, List<AssignmentRow> assignments) {

  /** One assignment and every candidate's work on it. */
  public record AssignmentRow(Assignment assignment, List<MemberRow> members) {}

  /**
   * One candidate's work on one assignment.
   *
   * @param startedAt when they started an assessment's clock; null for a set, or not started
   * @param endsAt when their window closes: the deadline, or the end of their clock
   * @param solved how many of the problems they solved within the window
   */
  public record MemberRow(
      String email,
      @Nullable Instant startedAt,
      @Nullable Instant endsAt,
      int solved,
      List<Cell> problems) {}

  /**
   * One candidate's work on one problem.
   *
   * @param status {@code solved}, {@code attempted} or {@code todo} at any time
   * @param solvedAt the first accepted submission within the assignment's window, if any
   * @param attempts full submissions within the window
   * @param timeMs from opening the problem to its first accepted submission (the tracker's time)
   * @param derivationScore the latest derivation's score, when the problem asks for one
   */
  public record Cell(
      String problem,
      String title,
      String status,
      @Nullable Instant solvedAt,
      int attempts,
      @Nullable Long timeMs,
      @Nullable Double derivationScore) {}
}
