package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.derivation.DerivationView;
import dev.allclose.app.derivation.Derivations;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.interactive.Answers;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose derive}: writes the derivation a problem asks for, scores it on the problem's key
 * points, stores it and says how it did; once the problem is accepted or given up, beside the model
 * derivation. The text comes from {@code --file}, else from {@code $EDITOR} (opened on the latest
 * version, to revise it), else from standard input.
 */
@Command(
    name = "derive",
    description =
        "Write the derivation a problem asks for (Markdown with $...$ maths, from --file, $EDITOR or"
            + " standard input): it is scored on the problem's key points and stored with your"
            + " attempt.")
public final class DeriveCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the derivation from FILE (Markdown).")
  @Nullable Path file;

  @Option(
      names = "--show",
      description =
          "Print the stored derivation and its score (and the model derivation once it is open)"
              + " instead of writing a new one.")
  boolean show;

  @Option(names = "--json", description = "Print the result as JSON, as the web API answers it.")
  boolean json;

  @Override
  public Integer call() {
    ProblemPackage p = root.services().problem(problem);
    Derivations derivations = root.services().workbench().derivations();
    PrintWriter out = spec.commandLine().getOut();
    DerivationView view;
    if (show) {
      view = derivations.view(p);
    } else {
      DerivationView before = derivations.view(p);
      view = derivations.submit(p, text(p, before));
    }
    if (json) {
      out.println(Json.write(view));
    } else {
      print(p, view, out);
    }
    out.flush();
    return 0;
  }

  private String text(ProblemPackage p, DerivationView before) {
    if (file != null) {
      return read(file);
    }
    Answers answers = new Answers(root.environment(), root.prompter(), spec.commandLine().getOut());
    if (answers.usesEditor()) {
      DerivationView.Written w = before.written();
      return answers.edit(w != null ? w.text() : "# Derivation: " + p.metadata().title() + "\n\n");
    }
    return answers.typed("your derivation (Markdown, maths between $...$)");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read as UTF-8 text: " + e.getMessage());
    }
  }

  private static void print(ProblemPackage p, DerivationView view, PrintWriter out) {
    String name = "#" + p.metadata().number() + " " + p.metadata().title();
    DerivationView.Written w = view.written();
    if (w == null) {
      out.println(
          "No derivation written yet for "
              + name
              + "; write one with `allclose derive "
              + p.metadata().number()
              + "`.");
    } else {
      out.println(
          "Derivation for " + name + " (version " + w.versions() + ", " + w.writtenAt() + "):");
      out.println(
          "  score "
              + percent(w.score())
              + ": "
              + w.counts().covered()
              + " of "
              + view.keyPoints()
              + " key points covered, "
              + w.counts().partly()
              + " partly, "
              + w.counts().missed()
              + " missed.");
      if (w.coverage() != null) {
        out.println();
        coverage(w.coverage(), out);
      }
    }
    out.println();
    if (view.model() == null) {
      String why = String.valueOf(view.modelClosedBecause());
      out.println(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
    } else {
      out.println("Model derivation:");
      out.println();
      out.println(view.model().strip());
    }
  }

  private static void coverage(List<PointCoverage> coverage, PrintWriter out) {
    Table t = new Table(List.of("Key point", "Verdict"), List.of(false, false));
    for (PointCoverage c : coverage) {
      t.row(
          List.of(
              c.keyPoint(),
              c.flagged() == null
                  ? c.verdict().id()
                  : c.verdict().id() + " (flagged: " + c.flagged() + ")"));
    }
    t.print(out);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
