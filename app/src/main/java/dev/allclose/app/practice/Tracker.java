package dev.allclose.app.practice;

import dev.allclose.app.interviews.SessionView;
import dev.allclose.judge.problem.Difficulty;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.Section;
import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.stats.TrackerStatistics;
import dev.allclose.plan.stats.TrackerStats;
import dev.allclose.store.ProgressRow;
import dev.allclose.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The tracker: each problem with its status, first-solved date, attempts, time and note. */
public final class Tracker {
  private static final int ACTIVITY_DAYS = 42;
  private final Supplier<Store> store;
  private final Clock clock;

  public Tracker(Supplier<Store> store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** One row per given problem, in the given order. */
  public List<TrackedProblem> rows(List<ProblemPackage> problems) {
    Store s = store.get();
    List<ProgressRow> facts =
        s.progress().rows(problems.stream().map(ProblemPackage::slug).toList());
    Set<String> givenUp = s.problemStates().givenUp();
    List<TrackedProblem> out = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      ProblemPackage p = problems.get(i);
      ProgressRow f = facts.get(i);
      out.add(
          TrackedProblem.of(
              p.metadata(),
              ProblemStatus.of(f, givenUp.contains(p.slug())),
              f.firstSolved(),
              f.attempts(),
              f.solved() ? f.solveMs() : null,
              f.note(),
              f.derivationScore()));
    }
    return out;
  }

  public TrackedProblem row(ProblemPackage problem) {
    return rows(List.of(problem)).get(0);
  }

  /**
   * The statistics of practice: solved shares by section and difficulty, effort per problem,
   * streaks and the weakest topics, as of today in the clock's zone.
   */
  public TrackerStats statistics(List<ProblemPackage> problems) {
    return TrackerStatistics.compute(
        problems.stream().map(CatalogProblem::of).toList(),
        store.get().history().all(),
        LocalDate.now(clock),
        clock.getZone());
  }

  /** The tracker with its charts' data, for the given problems and interview sessions. */
  public ProgressReport report(List<ProblemPackage> problems, List<SessionView> interviews) {
    List<TrackedProblem> rows = rows(problems);
    List<ProgressReport.Time> times = new ArrayList<>();
    for (TrackedProblem r : rows) {
      if (r.solved() && r.timeMs() != null) {
        times.add(new ProgressReport.Time(r.slug(), r.title(), r.timeMs(), r.minutes() * 60_000L));
      }
    }
    return new ProgressReport(
        rows, bySection(rows), byDifficulty(rows), times, activity(), interviews);
  }

  private static List<ProgressReport.Count> bySection(List<TrackedProblem> rows) {
    List<ProgressReport.Count> out = new ArrayList<>();
    for (Section s : Section.values()) {
      List<TrackedProblem> in = rows.stream().filter(r -> r.section() == s.number()).toList();
      if (!in.isEmpty()) {
        out.add(new ProgressReport.Count(s.number() + " " + s.title(), solved(in), in.size()));
      }
    }
    return out;
  }

  private static List<ProgressReport.Count> byDifficulty(List<TrackedProblem> rows) {
    List<ProgressReport.Count> out = new ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      List<TrackedProblem> in = rows.stream().filter(r -> r.difficulty().equals(d.id())).toList();
      if (!in.isEmpty()) {
        out.add(new ProgressReport.Count(d.title(), solved(in), in.size()));
      }
    }
    return out;
  }

  private static int solved(List<TrackedProblem> rows) {
    return (int) rows.stream().filter(TrackedProblem::solved).count();
  }

  /** The last six weeks, one entry per day including days without submissions (UTC days). */
  private List<ProgressReport.Day> activity() {
    Map<Long, Integer> perDay = store.get().submissions().perDay();
    long today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
    List<ProgressReport.Day> out = new ArrayList<>();
    for (long d = today - ACTIVITY_DAYS + 1; d <= today; d++) {
      out.add(new ProgressReport.Day(LocalDate.ofEpochDay(d), perDay.getOrDefault(d, 0)));
    }
    return out;
  }
}
