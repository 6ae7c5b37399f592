package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.Flaw;
import dev.allclose.interview.bank.Paper;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.critique.CritiqueResult;
import dev.allclose.interview.critique.CritiqueScorer;
import dev.allclose.interview.critique.CritiqueSection;
import dev.allclose.interview.critique.FlawScore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose critique}: the paper-critique round on a fabricated paper with planted flaws. */
@Command(
    name = "critique",
    header = "Critique a fabricated paper and see which planted flaws you found.",
    description =
        "The paper-critique round: read a short fabricated paper, write a structured critique"
            + " (claim, falsification test, baselines, ablations, contamination, first experiment;"
            + " each section ends with a line holding a single '.'), then see which planted flaws"
            + " you found and the answer key.")
public final class CritiqueCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "PAPER",
      description = "The paper's id (default: one not yet critiqued; see --list).")
  @Nullable String paper;

  @Option(names = "--list", description = "List the papers and exit.")
  boolean list;

  @Option(
      names = "--json",
      description = "Print the scores as JSON on stdout (the round itself goes to stderr).")
  boolean json;

  @Override
  public Integer call() {
    QuestionBank bank = root.services().bank();
    if (list) {
      Table t =
          new Table(List.of("Id", "Min", "Flaws", "Title"), List.of(false, true, true, false));
      bank.papers()
          .forEach(
              p ->
                  t.row(
                      List.of(
                          p.id(),
                          String.valueOf(p.minutes()),
                          String.valueOf(p.flaws().size()),
                          p.title())));
      t.print(spec.commandLine().getOut());
      return 0;
    }
    StructuredRound round = new StructuredRound(root, spec, "critique", json);
    Paper p = choose(bank, round);
    PrintWriter out = round.out();
    show(out, p);
    Map<CritiqueSection, String> critique =
        round.ask(CritiqueSection.class, p.minutes(), p.title());
    CritiqueResult result = new CritiqueScorer(root.services().rubric()).score(p, critique);
    printScores(out, result);
    printKey(out, p);
    String session = round.save(p.id(), critique, result, result.score());
    out.printf(
        Locale.ROOT,
        "Session %s saved; %.0f%% of the planted flaws found.%n",
        session,
        100 * result.score());
    out.flush();
    round.report(session, result);
    return 0;
  }

  private Paper choose(QuestionBank bank, StructuredRound round) {
    if (paper != null) {
      return bank.paper(paper)
          .orElseThrow(
              () ->
                  new UserError("no paper '" + paper + "'; `allclose critique --list` shows them"));
    }
    return round.leastPractised(bank.papers(), Paper::id, "the bank has no papers");
  }

  private static void show(PrintWriter out, Paper p) {
    out.println(p.title());
    out.println("=".repeat(Math.min(80, p.title().length())));
    out.println();
    out.println("Abstract. " + p.abstractText());
    out.println();
    out.println("Method. " + p.method());
    out.println();
    out.println("Results.");
    out.println(p.results());
    out.println();
    if (p.ablation() != null) {
      out.println("Ablation.");
      out.println(p.ablation());
    } else {
      out.println("(The paper reports no ablation.)");
    }
    out.println();
    out.println("You have " + p.minutes() + " minutes. Write your critique section by section.");
    out.flush();
  }

  private static void printScores(PrintWriter out, CritiqueResult r) {
    out.println();
    out.println(
        "Planted flaws (found by meaning, matched against the key; confidence in brackets):");
    Table t =
        new Table(
            List.of("Flaw", "Verdict", "Score", "Found in"), List.of(false, false, true, false));
    for (FlawScore f : r.flaws()) {
      t.row(
          List.of(
              f.kind(),
              f.verdict().id() + " [" + f.confidence().id() + "]",
              Math.round(100 * f.score()) + "%",
              f.section() == null ? "-" : f.section()));
    }
    t.print(out);
    out.printf(
        Locale.ROOT,
        "Claim stated: %s (%.0f%%). First experiment: %s (%.0f%%).%n",
        r.claim().verdict().id(),
        100 * r.claim().score(),
        r.firstExperiment().verdict().id(),
        100 * r.firstExperiment().score());
  }

  private static void printKey(PrintWriter out, Paper p) {
    out.println();
    out.println("Answer key");
    out.println("Claim: " + p.claim());
    for (Flaw f : p.flaws()) {
      out.println("- " + f.kind().title() + " (" + f.kind().id() + "): " + f.explanation());
    }
    out.println("First experiment: " + p.firstExperiment());
    out.flush();
  }
}
