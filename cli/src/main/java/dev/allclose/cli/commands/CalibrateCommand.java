package dev.allclose.cli.commands;

import dev.allclose.app.authoring.Calibration;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.Table;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.PrintWriter;
import java.util.List;
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
    ProblemPackage p = parent.root.services().problem(problem);
    Calibration c =
        parent.root.services().workbench().authoring().calibrate(p, runs, factor, floor);
    PrintWriter out = spec.commandLine().getOut();
    Table table =
        new Table(List.of("Solution", "Case", "Median", "Max"), List.of(false, false, true, true));
    for (Calibration.Timing t : c.timings()) {
      table.row(
          List.of(
              t.solution(),
              t.caseName(),
              Durations.ofMillis(t.medianMs()),
              Durations.ofMillis(t.maxMs())));
    }
    table.print(out);
    out.println();
    out.println(
        "Slowest case median: "
            + Durations.ofMillis(c.slowestMedianMs())
            + ". Proposed limit: time_ms: "
            + c.proposedMs()
            + " ("
            + c.factor()
            + " x slowest, floor "
            + c.floorMs()
            + " ms); problem.yaml has "
            + c.currentMs()
            + ".");
    out.flush();
    return 0;
  }
}
