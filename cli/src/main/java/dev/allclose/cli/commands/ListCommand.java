package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.judge.problem.Difficulty;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.ProgressRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  @Override
  public Integer call() {
    if (status != null && !List.of("todo", "attempted", "solved").contains(status)) {
      throw new UserError("--status must be todo, attempted or solved, not '" + status + "'");
    }
    List<ProblemPackage> problems = root.services().catalog().problems();
    Map<String, ProgressRow> progress =
        root
            .services()
            .store()
            .progress()
            .rows(problems.stream().map(ProblemPackage::slug).toList())
            .stream()
            .collect(Collectors.toMap(ProgressRow::problem, Function.identity()));
    Table table =
        new Table(
            List.of("#", "Title", "Section", "Difficulty", "Min", "Status"),
            List.of(true, false, false, false, true, false));
    for (ProblemPackage p : problems) {
      ProblemMetadata m = p.metadata();
      ProgressRow row = progress.get(p.slug());
      String state = row == null ? "todo" : row.status();
      if (matches(m, state)) {
        table.row(
            List.of(
                String.valueOf(m.number()),
                m.title(),
                m.section().number() + " " + m.section().title(),
                m.difficulty().title(),
                String.valueOf(m.minutes()),
                state));
      }
    }
    if (table.isEmpty()) {
      spec.commandLine().getOut().println("No problem matches these filters.");
    } else {
      table.print(spec.commandLine().getOut());
    }
    return 0;
  }

  private boolean matches(ProblemMetadata m, String state) {
    if (section != null && m.section().number() != section) {
      return false;
    }
    if (difficulty != null && m.difficulty() != difficulty) {
      return false;
    }
    if (status != null && !status.equals(state)) {
      return false;
    }
    if (tag != null) {
      String t = tag.toLowerCase(Locale.ROOT);
      return m.companies().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(t))
          || m.concepts().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(t));
    }
    return true;
  }
}
