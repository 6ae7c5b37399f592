package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.stats.ProblemEffort;
import dev.allclose.plan.stats.Share;
import dev.allclose.plan.stats.Streaks;
import dev.allclose.plan.stats.TrackerStats;
import dev.allclose.plan.stats.WeakTopic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints {@link TrackerStats} as the tables of {@code allclose progress --stats}. */
final class TrackerStatsPrinter {
  private final AllcloseCommand root;
  private final PrintWriter out;

  TrackerStatsPrinter(AllcloseCommand root, PrintWriter out) {
    this.root = root;
    this.out = out;
  }

  void print() {
    TrackerStats stats =
        root.services().workbench().tracker().statistics(root.services().catalog().problems());
    shares("Section", stats.bySection());
    out.println();
    shares("Difficulty", stats.byDifficulty());
    out.println();
    efforts(stats.efforts());
    out.println();
    streaks(stats.streaks());
    out.println();
    weakest(stats.weakest());
    out.flush();
  }

  private void shares(String group, List<Share> shares) {
    Table t =
        new Table(
            List.of(group, "Solved", "In catalog", "Covered", "Of catalog", "Of solved"),
            List.of(false, true, true, true, true, true));
    for (Share s : shares) {
      t.row(
          List.of(
              s.group(),
              String.valueOf(s.solved()),
              String.valueOf(s.inCatalog()),
              percent(s.coveredPercent()),
              percent(s.catalogPercent()),
              percent(s.solvedPercent())));
    }
    t.print(out);
  }

  private void efforts(List<ProblemEffort> efforts) {
    if (efforts.isEmpty()) {
      out.println("No full submission yet: attempts and times appear after `allclose submit`.");
      return;
    }
    Table t =
        new Table(
            List.of("#", "Problem", "Status", "Attempts", "Time", "Budget", "Of budget"),
            List.of(true, false, false, true, true, true, true));
    for (ProblemEffort e : efforts) {
      Double ratio = e.budgetRatio();
      t.row(
          List.of(
              String.valueOf(e.problem().number()),
              e.problem().title(),
              e.solved() ? "solved" : "unsolved",
              e.solved() ? e.attempts() + " to accept" : e.attempts() + " so far",
              Durations.of(e.timeMs()),
              e.problem().minutes() + " min",
              ratio == null ? "-" : percent(100 * ratio)));
    }
    t.print(out);
    double mean =
        efforts.stream()
            .filter(ProblemEffort::solved)
            .mapToInt(ProblemEffort::attempts)
            .average()
            .orElse(Double.NaN);
    if (!Double.isNaN(mean)) {
      out.println(
          String.format(
              Locale.ROOT, "Attempts before acceptance: %.1f on average over the solved.", mean));
    }
  }

  private void streaks(Streaks s) {
    out.println(
        "Streak: "
            + days(s.current())
            + " now, "
            + days(s.longest())
            + " at best"
            + (s.lastDay() == null
                ? " (no practice yet)."
                : "; last practice " + s.lastDay() + "."));
  }

  private void weakest(List<WeakTopic> topics) {
    if (topics.isEmpty()) {
      out.println("Weakest topics: none yet.");
      return;
    }
    out.println("Weakest topics:");
    Table t =
        new Table(List.of("Topic", "Score", "Problems", "Why"), List.of(false, true, false, false));
    for (WeakTopic w : topics) {
      t.row(
          List.of(
              w.topic(),
              String.format(Locale.ROOT, "%.1f", w.score()),
              String.join(", ", w.problems()),
              w.reason()));
    }
    t.print(out);
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.0f%%", p);
  }
}
