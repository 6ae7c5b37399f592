package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.DesignPrompt;
import dev.allclose.interview.bank.DesignSection;
import dev.allclose.interview.bank.Pilot;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.design.DesignResult;
import dev.allclose.interview.design.DesignScorer;
import dev.allclose.interview.design.SectionScore;
import dev.allclose.interview.design.SeedCheck;
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

/** {@code allclose design}: the experimental-design round, with a power analysis for the seeds. */
@Command(
    name = "design",
    header = "Design an experiment section by section; seeds checked by power analysis.",
    description = {
      "The experimental-design round: design the experiment that tests a hypothesis, section by"
          + " section of the template (metric, baseline, held-out evaluation set, controlled"
          + " variables, statistical test, number of seeds, falsifying result; each ends with a"
          + " line holding a single '.').",
      "Your number of seeds is checked against a power analysis of the prompt's pilot numbers."
    })
public final class DesignCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "PROMPT",
      description = "The prompt's id (default: one not yet done; see --list).")
  @Nullable String prompt;

  @Option(names = "--list", description = "List the prompts and exit.")
  boolean list;

  @Option(
      names = "--json",
      description = "Print the scores as JSON on stdout (the round itself goes to stderr).")
  boolean json;

  @Override
  public Integer call() {
    QuestionBank bank = root.services().bank();
    if (list) {
      Table t = new Table(List.of("Id", "Min", "Title"), List.of(false, true, false));
      bank.designs().forEach(d -> t.row(List.of(d.id(), String.valueOf(d.minutes()), d.title())));
      t.print(spec.commandLine().getOut());
      return 0;
    }
    StructuredRound round = new StructuredRound(root, spec, "design", json);
    DesignPrompt d = choose(bank, round);
    PrintWriter out = round.out();
    show(out, d);
    Map<DesignSection, String> design = round.ask(DesignSection.class, d.minutes(), d.hypothesis());
    DesignResult result = new DesignScorer(root.services().rubric()).score(d, design);
    print(out, d, result);
    String session = round.save(d.id(), design, result, result.score());
    out.printf(
        Locale.ROOT,
        "Session %s saved; %.0f%% overall match with the model design.%n",
        session,
        100 * result.score());
    out.flush();
    round.report(session, result);
    return 0;
  }

  private DesignPrompt choose(QuestionBank bank, StructuredRound round) {
    if (prompt != null) {
      return bank.design(prompt)
          .orElseThrow(
              () ->
                  new UserError(
                      "no design prompt '" + prompt + "'; `allclose design --list` shows them"));
    }
    return round.leastPractised(bank.designs(), DesignPrompt::id, "the bank has no design prompts");
  }

  private static void show(PrintWriter out, DesignPrompt d) {
    Pilot p = d.pilot();
    out.println(d.title());
    out.println();
    out.println("Hypothesis: " + d.hypothesis());
    out.println();
    out.println(d.context());
    out.println();
    out.printf(
        Locale.ROOT,
        "Pilot numbers: the smallest difference worth detecting is %s %s; runs vary with a standard deviation of %s %s%s.%n",
        p.effect(),
        p.unit(),
        p.sd(),
        p.unit(),
        p.paired() ? " (of the per-seed difference, paired)" : "");
    out.printf(
        Locale.ROOT,
        "Aim for alpha %s and power %s (%s).%n",
        p.alpha(),
        p.power(),
        p.alternative());
    out.println();
    out.println(
        "You have " + d.minutes() + " minutes. `allclose stats power` is at hand for the seeds.");
    out.flush();
  }

  private static void print(PrintWriter out, DesignPrompt d, DesignResult r) {
    out.println();
    Table t = new Table(List.of("Section", "Match"), List.of(false, true));
    for (SectionScore s : r.sections()) {
      t.row(List.of(s.section(), Math.round(100 * s.score()) + "%"));
    }
    t.print(out);
    SeedCheck seeds = r.seeds();
    out.printf(
        Locale.ROOT,
        "Seeds: the pilot numbers need %d run(s) per arm for power %.2f (achieved %.3f); you said %s%s.%n",
        seeds.analysis().runsPerArm(),
        d.pilot().power(),
        seeds.analysis().achievedPower(),
        seeds.stated() == null ? "no number" : String.valueOf(seeds.stated()),
        seeds.stated() == null ? "" : seeds.enough() ? ", enough" : ", too few");
    out.println();
    out.println("Model design");
    for (DesignSection s : DesignSection.values()) {
      out.println("- " + s.id() + ": " + d.model().get(s));
    }
    out.println();
    out.println("Pitfalls:");
    d.pitfalls().forEach(p -> out.println("  - " + p));
    out.flush();
  }
}
