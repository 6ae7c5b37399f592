package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.cli.UserError;
import dev.allclose.interview.stats.Comparison;
import dev.allclose.interview.stats.SampleFile;
import dev.allclose.interview.stats.SignedRankTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code allclose stats compare}: is arm B better than arm A, and by how much? */
@Command(
    name = "compare",
    description =
        "Compare two arms' results (one run per line): the mean difference B - A with a seeded"
            + " bootstrap confidence interval, Welch's t-test (paired: the paired t-test and the"
            + " Wilcoxon signed-rank test) and a permutation test.")
public final class StatsCompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A.csv", description = "The baseline arm.")
  Path a;

  @Parameters(index = "1", paramLabel = "B.csv", description = "The candidate arm.")
  Path b;

  @Option(names = "--paired", description = "Line i of A and line i of B come from the same seed.")
  boolean paired;

  @Option(
      names = "--alternative",
      paramLabel = "ALT",
      description = "two-sided (default), larger (B > A) or smaller (B < A).")
  String alternative = "two-sided";

  @Option(
      names = "--column",
      paramLabel = "C",
      description = "The column holding the results: a header name or a number from 1 (default 1).")
  String column = "1";

  @Option(
      names = "--level",
      paramLabel = "L",
      description = "Confidence level of the interval (default 0.95).")
  double level = 0.95;

  @Option(
      names = "--resamples",
      paramLabel = "N",
      description = "Bootstrap resamples (default 10000).")
  int resamples = 10_000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the bootstrap and permutation draws (default 0).")
  long seed;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Comparison c;
    try {
      c =
          Comparison.of(
              read(a),
              read(b),
              paired,
              StatsPowerCommand.alternative(alternative),
              new Comparison.Settings(level, resamples, 9_999, seed));
    } catch (IllegalArgumentException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(c));
    } else {
      print(out, c);
    }
    out.flush();
    return 0;
  }

  private double[] read(Path file) {
    try {
      return SampleFile.parse(Files.readString(file), file.toString(), column);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read: " + e.getMessage());
    }
  }

  private static void print(PrintWriter out, Comparison c) {
    out.printf(Locale.ROOT, "A: %d runs, mean %.6g%n", c.sizeA(), c.meanA());
    out.printf(Locale.ROOT, "B: %d runs, mean %.6g%n", c.sizeB(), c.meanB());
    out.printf(
        Locale.ROOT,
        "Mean difference B - A: %.6g, %.0f%% bootstrap CI [%.6g, %.6g] (%d resamples, seed %d)%n",
        c.difference(),
        100 * c.interval().level(),
        c.interval().low(),
        c.interval().high(),
        c.interval().resamples(),
        c.interval().seed());
    out.printf(
        Locale.ROOT,
        "%s t-test (%s): t = %.4f, df = %.2f, p = %.4g%n",
        c.paired() ? "Paired" : "Welch's",
        c.alternative().id(),
        c.tTest().statistic(),
        c.tTest().degreesOfFreedom(),
        c.tTest().pValue());
    SignedRankTest w = c.signedRank();
    if (w != null) {
      out.printf(
          Locale.ROOT,
          "Wilcoxon signed-rank: W = %.1f, p = %.4g (%s; %d zero difference(s) dropped%s)%n",
          w.statistic(),
          w.pValue(),
          w.method().description(),
          w.zeros(),
          w.ties() ? ", ties given average ranks" : "");
    } else if (c.paired()) {
      out.println("Wilcoxon signed-rank: not run, every difference is zero");
    }
    out.printf(
        Locale.ROOT,
        "Permutation test: p = %.4g (%s, %d arrangements%s)%n",
        c.permutation().pValue(),
        c.permutation().exact() ? "exact" : "sampled",
        c.permutation().resamples(),
        c.permutation().exact() ? "" : ", seed " + c.permutation().seed());
  }
}
