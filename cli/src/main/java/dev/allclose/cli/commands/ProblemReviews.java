package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.interview.review.DueItem;
import dev.allclose.interview.review.ProblemOutcome;
import dev.allclose.interview.review.ReviewPlanner;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.plan.schedule.ReviewSource;
import dev.allclose.store.SubmissionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the study plan and the spaced-repetition schedule meet: the catalog problems' latest
 * submissions as review outcomes, and the FSRS schedule of problems as the plan's {@link
 * ReviewSource}. It lives here because neither the plan nor the interview module knows the other.
 */
final class ProblemReviews {
  private ProblemReviews() {}

  /** The latest full submission of every catalog problem that has one. */
  static List<ProblemOutcome> outcomes(AllcloseCommand root) {
    List<ProblemOutcome> out = new ArrayList<>();
    for (ProblemPackage p : root.services().catalog().problems()) {
      Optional<SubmissionRecord> latest =
          root.services().store().submissions().list(p.slug()).stream()
              .filter(s -> s.kind().equals("submit"))
              .findFirst();
      latest.ifPresent(
          s ->
              out.add(
                  new ProblemOutcome(
                      p.slug(),
                      s.verdict(),
                      s.createdAt(),
                      s.id(),
                      s.elapsedMs(),
                      p.metadata().minutes())));
    }
    return out;
  }

  /**
   * The problems FSRS has due by the end of a day (the deadline's pull included), after applying
   * submissions newer than their cards. The scheduler only starts when a submission has to be
   * applied, so reading the plan stays fast.
   */
  static ReviewSource fsrs(AllcloseCommand root) {
    ZoneId zone = root.environment().clock().getZone();
    Instant now = root.environment().clock().instant();
    return day -> {
      try (ReviewPlanner planner = new ReviewPlanner(root.services().store().reviews(), zone)) {
        planner.syncProblems(outcomes(root));
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        Set<String> due = new TreeSet<>();
        for (DueItem d : planner.schedule(now)) {
          if (d.kind().equals("problem") && d.due().isBefore(endOfDay)) {
            due.add(d.id());
          }
        }
        return due;
      }
    };
  }

  /** Makes {@code interview} the review deadline too, so both schedules aim at the same day. */
  static void aimReviewsAt(AllcloseCommand root, LocalDate interview) {
    ZoneId zone = root.environment().clock().getZone();
    try (ReviewPlanner planner = new ReviewPlanner(root.services().store().reviews(), zone)) {
      planner.deadline(interview);
    }
  }
}
