package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.interactive.Scores;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.bank.Named;
import dev.allclose.interview.bank.OpenField;
import dev.allclose.interview.bank.OpenPart;
import dev.allclose.interview.bank.OpenPrompt;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.interview.open.OpenCheck;
import dev.allclose.interview.open.OpenResult;
import dev.allclose.interview.open.OpenReview;
import java.io.PrintWriter;
import java.util.ArrayList;
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

/** {@code allclose open}: the open-problems round, timed, with a self-review of its structure. */
@Command(
    name = "open",
    header = "Name the key open problem of a field in four timed parts.",
    description = {
      "The open-problems round: name the most important unsolved problem of a field (retrieval,"
          + " alignment, efficient-inference, multimodal, long-context) in four parts: the"
          + " problem, why current approaches fail (name the papers), what a solution needs, the"
          + " experiment you would run in three months.",
      "Each part ends with a line holding a single '.'. Then the structure is checked, you score"
          + " each part yourself, and reference points are shown."
    })
public final class OpenCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FIELD|ID",
      description = "A field or a prompt id (default: the field practised least).")
  @Nullable String target;

  @Option(names = "--list", description = "List the prompts and exit.")
  boolean list;

  @Option(
      names = "--json",
      description = "Print the review as JSON on stdout (the round itself goes to stderr).")
  boolean json;

  @Override
  public Integer call() {
    QuestionBank bank = root.services().bank();
    if (list) {
      Table t =
          new Table(List.of("Id", "Field", "Min", "Title"), List.of(false, false, true, false));
      bank.openPrompts()
          .forEach(
              o -> t.row(List.of(o.id(), o.field().id(), String.valueOf(o.minutes()), o.title())));
      t.print(spec.commandLine().getOut());
      return 0;
    }
    StructuredRound round = new StructuredRound(root, spec, "open", json);
    OpenPrompt o = choose(bank, round);
    PrintWriter out = round.out();
    out.println(o.title() + " (" + o.field().id() + ", " + o.minutes() + " min)");
    out.println();
    out.println(o.prompt());
    out.flush();
    Map<OpenPart, String> answer = round.ask(OpenPart.class, o.minutes(), o.prompt());
    List<OpenCheck> checks = OpenReview.check(o, answer);
    out.println();
    out.println("Structure checks:");
    checks.forEach(
        c ->
            out.println(
                "  "
                    + (c.passed() ? "ok   " : "MISS ")
                    + c.part()
                    + ": "
                    + c.check()
                    + " ("
                    + c.detail()
                    + ")"));
    out.println();
    out.println("Reference points:");
    for (OpenPart part : OpenPart.values()) {
      out.println("  - " + part.id() + ": " + o.reference().get(part));
    }
    out.println("  Papers worth knowing: " + String.join("; ", o.papers()));
    List<Integer> fallback = new ArrayList<>();
    for (OpenPart part : OpenPart.values()) {
      fallback.add(
          checks.stream().filter(c -> c.part().equals(part.id())).allMatch(OpenCheck::passed)
              ? 1
              : 0);
    }
    List<Integer> scores =
        round
            .answers()
            .ask(
                "Score your four parts (problem, current approaches, solution needs, experiment) 0, 1 or 2; Enter keeps ["
                    + Scores.format(fallback)
                    + "]: ",
                line -> Scores.parse(line, OpenPart.values().length, Rubric.MAX_POINT_SCORE),
                fallback,
                "Give four numbers from 0 to 2.");
    OpenResult result = new OpenResult(o.id(), checks, scores, Rubric.share(scores));
    String session = round.save(o.id(), answer, result, result.score());
    out.printf(
        Locale.ROOT, "Session %s saved; self-review %.0f%%.%n", session, 100 * result.score());
    out.flush();
    round.report(session, result);
    return 0;
  }

  private OpenPrompt choose(QuestionBank bank, StructuredRound round) {
    List<OpenPrompt> prompts = bank.openPrompts();
    if (target != null) {
      var byId = bank.openPrompt(target);
      if (byId.isPresent()) {
        return byId.get();
      }
      OpenField field =
          Named.find(OpenField.class, target)
              .orElseThrow(
                  () ->
                      new UserError(
                          "'"
                              + target
                              + "' is neither a field ("
                              + Named.ids(OpenField.class)
                              + ") nor a prompt id; `allclose open --list` shows them"));
      prompts = prompts.stream().filter(o -> o.field() == field).toList();
    }
    return round.leastPractised(prompts, OpenPrompt::id, "no open-problems prompt for that field");
  }
}
