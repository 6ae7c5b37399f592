package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.interviews.SessionView;
import dev.allclose.app.practice.TrackedProblem;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.UserPath;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.cli.output.VerdictWords;
import dev.allclose.plan.stats.TrackerExport;
import dev.allclose.plan.stats.TrackerRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose progress}: the tracker table, its statistics, and its export. */
@Command(
    name = "progress",
    description = {
      "The tracker: status, first-solved date, attempts, time and notes per problem.",
      "--stats: solved by section and difficulty against the catalog, attempts before acceptance,"
          + " time against budget, streaks, weakest topics. --export md|csv FILE: the tracker"
          + " table for other tools."
    })
public final class ProgressCommand implements Callable<Integer> {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int NOTE_WIDTH = 40;

  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--stats", description = "Print the statistics of the tracker instead.")
  boolean stats;

  @Option(
      names = "--export",
      arity = "2",
      paramLabel = "FORMAT FILE",
      hideParamSyntax = true,
      converter = UserPath.Text.class,
      description = "Write the tracker table to FILE as md (Markdown) or csv.")
  List<String> export = new ArrayList<>();

  @Option(
      names = "--json",
      description =
          "Print the tracker, its charts' data and the interview sessions as JSON, as the web API's"
              + " GET /api/progress answers them.")
  boolean json;

  @Override
  public Integer call() {
    if (!export.isEmpty()) {
      return export();
    }
    if (json) {
      spec.commandLine().getOut().println(Json.write(root.services().workbench().progress()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (stats) {
      new TrackerStatsPrinter(root, spec.commandLine().getOut()).print();
      return 0;
    }
    List<TrackedProblem> rows =
        root.services().workbench().tracker().rows(root.services().catalog().problems());
    Table table =
        new Table(
            List.of("#", "Problem", "Status", "Solved", "Attempts", "Time", "Derivation", "Notes"),
            List.of(true, false, false, false, true, true, true, false));
    int solved = 0;
    for (TrackedProblem r : rows) {
      solved += r.solved() ? 1 : 0;
      table.row(
          List.of(
              String.valueOf(r.number()),
              r.title(),
              r.status().id(),
              r.firstSolved() == null
                  ? "-"
                  : DATE.format(r.firstSolved().atZone(ZoneId.systemDefault())),
              String.valueOf(r.attempts()),
              Durations.of(r.timeMs()),
              r.derivationScore() == null
                  ? ""
                  : String.format(Locale.ROOT, "%.0f%%", 100 * r.derivationScore()),
              note(r.note())));
    }
    table.print(spec.commandLine().getOut());
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().println(solved + " of " + rows.size() + " solved.");
    printSessions(root.services().workbench().interviews().list());
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Timed interview sessions and debugging rounds, newest first, when there are any. */
  private void printSessions(List<SessionView> sessions) {
    if (sessions.isEmpty()) {
      return;
    }
    ZoneId zone = root.environment().clock().getZone();
    Table table =
        new Table(
            List.of("Started", "Round", "Problem", "Time used", "Submissions", "Verdict"),
            List.of(false, false, false, true, true, false));
    for (SessionView s : sessions) {
      table.row(
          List.of(
              STARTED.format(s.startedAt().atZone(zone)),
              s.debug() ? "debugging" : "interview",
              "#" + s.number() + " " + s.title(),
              Durations.clock(Duration.ofMillis(s.timeUsedMs()))
                  + " of "
                  + s.budgetMinutes()
                  + ":00",
              String.valueOf(s.attempts()),
              s.running() ? "running" : VerdictWords.of(s.verdict())));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.println("Timed rounds:");
    table.print(out);
  }

  private int export() {
    TrackerExport.Format format =
        TrackerExport.Format.of(export.get(0))
            .orElseThrow(
                () ->
                    new UserError(
                        "--export takes md or csv and a file, not '" + export.get(0) + "'"));
    Path file = root.path(export.get(1));
    List<TrackedProblem> rows =
        root.services().workbench().tracker().rows(root.services().catalog().problems());
    ZoneId zone = root.environment().clock().getZone();
    List<TrackerRow> tracker = new ArrayList<>();
    for (TrackedProblem r : rows) {
      tracker.add(
          new TrackerRow(
              r.number(),
              r.title(),
              r.status().id(),
              r.firstSolved() == null ? null : r.firstSolved().atZone(zone).toLocalDate(),
              r.timeMs(),
              r.note()));
    }
    PlanCommand.writeFile(file, TrackerExport.write(format, tracker));
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + tracker.size()
                + " rows to "
                + file
                + (format == TrackerExport.Format.MD ? " (Markdown)." : " (CSV)."));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static String note(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String first = text.strip().lines().findFirst().orElse("");
    return first.length() > NOTE_WIDTH ? first.substring(0, NOTE_WIDTH - 3) + "..." : first;
  }
}
