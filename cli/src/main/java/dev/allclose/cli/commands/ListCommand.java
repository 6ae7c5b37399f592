package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.Workbench;
import dev.allclose.app.practice.ProblemStatus;
import dev.allclose.app.practice.TrackedProblem;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.judge.problem.Difficulty;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose list}: the catalog as a table, with filters. */
@Command(
    name = "list",
    description = "List the problems: number, title, section, difficulty, minutes, status.")
public final class ListCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--section",
      paramLabel = "N",
      description = "Only section N (1 paper implementation ... 5 extra contributions).")
  @Nullable Integer section;

  @Option(
      names = "--difficulty",
      paramLabel = "LEVEL",
      description = "Only easy, medium or hard problems.")
  @Nullable Difficulty difficulty;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only todo, attempted or solved problems.")
  @Nullable String status;

  @Option(
      names = "--tag",
      paramLabel = "TEXT",
      description = "Only problems with a company tag or concept containing TEXT.")
  @Nullable String tag;

  @Option(
      names = "--json",
      description = "Print the rows as JSON, as the web API's GET /api/problems answers them.")
  boolean json;

  @Override
  public Integer call() {
    ProblemStatus wanted =
        status == null
            ? null
            : ProblemStatus.fromId(status)
                .orElseThrow(
                    () ->
                        new UserError(
                            "--status must be todo, attempted or solved, not '" + status + "'"));
    Table table =
        new Table(
            List.of("#", "Title", "Section", "Difficulty", "Min", "Status"),
            List.of(true, false, false, false, true, false));
    Workbench app = root.services().workbench();
    List<TrackedProblem> rows =
        app.tracker().rows(root.services().catalog().problems()).stream()
            .filter(p -> matches(p, wanted))
            .toList();
    if (json) {
      spec.commandLine().getOut().println(Json.write(rows));
      spec.commandLine().getOut().flush();
      return 0;
    }
    for (TrackedProblem p : rows) {
      table.row(
          List.of(
              String.valueOf(p.number()),
              p.title(),
              p.section() + " " + p.sectionTitle(),
              Difficulty.of(p.difficulty()).map(Difficulty::title).orElse(p.difficulty()),
              String.valueOf(p.minutes()),
              p.status().id()));
    }
    if (table.isEmpty()) {
      spec.commandLine().getOut().println("No problem matches these filters.");
    } else {
      table.print(spec.commandLine().getOut());
    }
    return 0;
  }

  private boolean matches(TrackedProblem p, @Nullable ProblemStatus wanted) {
    if (section != null && p.section() != section) {
      return false;
    }
    if (difficulty != null && !p.difficulty().equals(difficulty.id())) {
      return false;
    }
    if (wanted != null && p.status() != wanted) {
      return false;
    }
    if (tag != null) {
      String t = tag.toLowerCase(Locale.ROOT);
      return p.companies().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(t))
          || p.concepts().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(t));
    }
    return true;
  }
}
