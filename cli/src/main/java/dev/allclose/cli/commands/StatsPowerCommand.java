package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.cli.UserError;
import dev.allclose.interview.stats.Alternative;
import dev.allclose.interview.stats.PowerAnalysis;
import dev.allclose.interview.stats.PowerQuestion;
import dev.allclose.interview.stats.TTestPower;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code allclose stats power}: how many runs (seeds) per arm a t-test needs. */
@Command(
    name = "power",
    description = {
      "The number of runs (seeds) per arm for a t-test to detect an effect.",
      "Two independent arms use the pooled t-test; --paired, the paired t-test on per-seed differences."
    })
public final class StatsPowerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--effect",
      required = true,
      paramLabel = "D",
      description = "The difference to detect (candidate minus baseline).")
  double effect;

  @Option(
      names = "--sd",
      required = true,
      paramLabel = "S",
      description = "Standard deviation of one run's result (paired: of a pair's difference).")
  double sd;

  @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default 0.05).")
  double alpha = 0.05;

  @Option(names = "--power", paramLabel = "P", description = "Wanted power (default 0.8).")
  double power = 0.8;

  @Option(names = "--paired", description = "Paired runs (same seeds for both arms).")
  boolean paired;

  @Option(
      names = "--alternative",
      paramLabel = "ALT",
      description = "two-sided (default), larger or smaller.")
  String alternative = "two-sided";

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PowerAnalysis a;
    try {
      a =
          TTestPower.solve(
              new PowerQuestion(effect, sd, alpha, power, paired, alternative(alternative)));
    } catch (IllegalArgumentException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(a));
    } else {
      out.printf(Locale.ROOT, "Runs per arm: %d%s%n", a.runsPerArm(), paired ? " pairs" : "");
      out.printf(
          Locale.ROOT,
          "Power %.4f with %d (%s t-test, %s, alpha %s, effect size d = %.4f).%n",
          a.achievedPower(),
          a.runsPerArm(),
          paired ? "paired" : "two-sample",
          a.question().alternative().id(),
          alpha,
          a.standardizedEffect());
      if (a.runsPerArm() > 2) {
        out.printf(
            Locale.ROOT,
            "With %d: power %.4f, below the %.2f asked for.%n",
            a.runsPerArm() - 1,
            TTestPower.power(a.question(), a.runsPerArm() - 1),
            power);
      }
      out.printf(
          Locale.ROOT,
          "t-test: %.0f degrees of freedom, critical t %.4f, noncentrality %.4f.%n",
          a.degreesOfFreedom(),
          a.criticalT(),
          a.noncentrality());
    }
    out.flush();
    return 0;
  }

  static Alternative alternative(String id) {
    return Alternative.fromId(id)
        .orElseThrow(
            () ->
                new UserError(
                    "--alternative must be two-sided, larger or smaller, not '" + id + "'"));
  }
}
