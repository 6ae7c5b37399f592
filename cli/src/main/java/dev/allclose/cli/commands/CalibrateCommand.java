package dev.allclose.cli.commands;

import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.judge.Mode;
import dev.allclose.judge.SubmissionException;
import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.CaseProgress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose problem calibrate}: measures the accepted Python solutions of a package case by
 * case and proposes a time limit: {@code FACTOR} times the slowest case's median, never below the
 * floor, rounded up to 100 ms. The rule every built-in problem follows (factor 10, floor 2 s).
 */
@Command(
    name = "calibrate",
    description = "Time the accepted Python solutions per case and propose a time limit.")
public final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand ProblemCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Runs per solution (default 5); the median is used.")
  int runs = 5;

  @Option(
      names = "--factor",
      paramLabel = "X",
      description = "Multiple of the slowest case (default 10).")
  double factor = 10;

  @Option(
      names = "--floor",
      paramLabel = "MS",
      description = "Lowest limit proposed (default 2000 ms).")
  int floor = 2000;

  @Override
  public Integer call() {
    if (runs < 1) {
      throw new UserError("--runs must be at least 1");
    }
    ProblemPackage p = parent.root.services().problem(problem);
    List<KnownSubmission> accepted =
        p.submissions().stream()
            .filter(s -> s.expected() == Verdict.ACCEPTED && s.language() == Language.PYTHON)
            .toList();
    if (accepted.isEmpty()) {
      throw new UserError(p.slug() + " has no accepted Python solution to time");
    }
    PrintWriter out = spec.commandLine().getOut();
    Table table =
        new Table(List.of("Solution", "Case", "Median", "Max"), List.of(false, false, true, true));
    double slowest = 0;
    for (KnownSubmission s : accepted) {
      Map<String, List<Double>> times = timings(p, s);
      for (Map.Entry<String, List<Double>> e : times.entrySet()) {
        List<Double> t = new ArrayList<>(e.getValue());
        t.sort(null);
        double median = t.get(t.size() / 2);
        slowest = Math.max(slowest, median);
        table.row(
            List.of(
                s.name(),
                e.getKey(),
                Durations.ofMillis(median),
                Durations.ofMillis(t.get(t.size() - 1))));
      }
    }
    table.print(out);
    long proposed = Math.max(floor, (long) Math.ceil(factor * slowest / 100.0) * 100);
    out.println();
    out.println(
        "Slowest case median: "
            + Durations.ofMillis(slowest)
            + ". Proposed limit: time_ms: "
            + proposed
            + " ("
            + factor
            + " x slowest, floor "
            + floor
            + " ms); problem.yaml has "
            + p.metadata().limits().timeMs()
            + ".");
    out.flush();
    return 0;
  }

  private Map<String, List<Double>> timings(ProblemPackage p, KnownSubmission s) {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      SubmissionReport r;
      try {
        r = parent.root.services().judge().judge(p, s.file(), Mode.SUBMIT, CaseProgress.NONE);
      } catch (SubmissionException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
      if (!r.accepted()) {
        throw new UserError(
            s.name() + " was not accepted (" + r.message() + "); fix it before calibrating");
      }
      for (CaseReport c : r.cases()) {
        times.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.timeMs());
      }
    }
    return times;
  }
}
