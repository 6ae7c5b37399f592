package dev.allclose.benchmarks;

import dev.allclose.cli.Services;
import dev.allclose.judge.Judge;
import dev.allclose.judge.JudgeSettings;
import dev.allclose.judge.Mode;
import dev.allclose.judge.cases.CaseSet;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.EntryPoint;
import dev.allclose.judge.problem.Param;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.run.Isolation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How much the judge costs on top of Python itself. Measures, in one run and on the same machine,
 * the median wall time of:
 *
 * <ol>
 *   <li>{@code python3 -c "import numpy"}, the bare cost of starting the language;
 *   <li>the accepted MHA solution run directly by Python on the same case inputs (import NumPy,
 *       load the cases, call the function, no judging);
 *   <li>{@code submit} through the judge in a warm JVM (what the web server pays per submission),
 *       in the sandbox and without it;
 *   <li>{@code ./allclose submit} as a fresh command (JVM start, catalog, database, judge), in the
 *       sandbox and with {@code ALLCLOSE_SANDBOX=off}, when the launcher is given with {@code
 *       -Dallclose.launcher}.
 * </ol>
 *
 * and prints each as a ratio to the first two, and what the sandbox adds. The tasks are measured in
 * turn, round after round, so that the machine's noise falls on all of them. Run with {@code
 * benchmarks/run}.
 */
public final class SubmitOverhead {
  private static final String PROBLEM = "multi-head-attention";
  private static final String SOLUTION = "submissions/accepted/vectorised.py";

  private SubmitOverhead() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Path home = Files.createTempDirectory("allclose-bench-");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Services services = new Services(home, List.of(), out);
    ProblemPackage pkg = services.problem(PROBLEM);
    Path solution = Files.copy(pkg.file(SOLUTION), home.resolve("vectorised.py"));
    CaseSet cases = services.workbench().caseStore().load(pkg);
    Path direct = directRunner(home, pkg, cases);

    Judge unsandboxed =
        Judge.of(
            services.workbench().caseStore(),
            Isolation.unsandboxed("the benchmark's baseline").launcher(),
            home.resolve("work-unsandboxed"),
            JudgeSettings.DEFAULT);
    List<Timings.Task> tasks = new ArrayList<>();
    tasks.add(
        new Timings.Task(
            "python3 -c \"import numpy\"",
            2,
            () -> exec(List.of("python3", "-c", "import numpy"), home, Map.of())));
    tasks.add(
        new Timings.Task(
            "solution run directly by python3",
            2,
            () ->
                exec(List.of("python3", direct.toString(), solution.toString()), home, Map.of())));
    tasks.add(
        new Timings.Task(
            "submit, judge in a warm JVM, sandboxed",
            3,
            () -> accepted(services.workbench().judge(), pkg, solution)));
    tasks.add(
        new Timings.Task(
            "submit, judge in a warm JVM, no sandbox",
            3,
            () -> accepted(unsandboxed, pkg, solution)));
    String launcher = System.getProperty("allclose.launcher");
    if (launcher != null && Files.isExecutable(Path.of(launcher))) {
      List<String> submit =
          List.of(launcher, "--home", home.toString(), "submit", PROBLEM, solution.toString());
      tasks.add(
          new Timings.Task(
              "./allclose submit, fresh command, sandboxed",
              1,
              () -> exec(submit, home, Map.of())));
      tasks.add(
          new Timings.Task(
              "./allclose submit, fresh command, no sandbox",
              1,
              () -> exec(submit, home, Map.of(Isolation.SWITCH, "off"))));
    }
    List<Timings> rows = Timings.alternate(tasks, runs);
    if (!services.workbench().isolation().sandboxed()) {
      out.println(
          "Note: no sandbox here ("
              + services.workbench().isolation().warning().orElse("")
              + "); both rows run unsandboxed.");
    }
    print(out, rows, cases.cases().size(), runs);
  }

  private static void print(PrintWriter out, List<Timings> rows, int caseCount, int runs) {
    double python = rows.get(0).median();
    double directRun = rows.get(1).median();
    out.printf(
        Locale.ROOT,
        "Submit overhead: %s, accepted %s, %d cases, %d runs each, %d cores%n%n",
        PROBLEM,
        SOLUTION,
        caseCount,
        runs,
        Runtime.getRuntime().availableProcessors());
    out.println("| what | median ms | p25-p75 ms | x import numpy | x direct run |");
    out.println("|---|---:|---:|---:|---:|");
    for (Timings t : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f-%.0f | %.2f | %.2f |%n",
          t.label(),
          t.median(),
          t.quantile(0.25),
          t.quantile(0.75),
          t.median() / python,
          t.median() / directRun);
    }
    for (int i = 2; i + 1 < rows.size(); i += 2) {
      out.printf(
          Locale.ROOT,
          "%nThe sandbox costs %+.1f%% of wall time (%s).",
          100 * (rows.get(i).median() / rows.get(i + 1).median() - 1),
          rows.get(i).label().replace(", sandboxed", ""));
    }
    out.println();
    out.flush();
  }

  private static void accepted(Judge judge, ProblemPackage pkg, Path solution) throws Exception {
    SubmissionReport r = judge.judge(pkg, solution, Mode.SUBMIT, CaseProgress.NONE);
    if (!r.accepted()) {
      throw new IllegalStateException("the accepted solution was rejected: " + r.message());
    }
  }

  /** A script that imports the solution, loads every case's inputs and calls the function. */
  private static Path directRunner(Path dir, ProblemPackage pkg, CaseSet cases) throws IOException {
    EntryPoint.Function fn = (EntryPoint.Function) pkg.metadata().entryPoints().get(0);
    String args =
        fn.args().stream()
            .map(Param::name)
            .map(n -> "inputs['" + n + "']")
            .collect(Collectors.joining(", "));
    List<String> files = new ArrayList<>();
    for (TestCase c : cases.cases()) {
      files.add("'" + cases.inputFile(c) + "'");
    }
    String script =
        """
        import importlib.util, sys
        import numpy as np
        spec = importlib.util.spec_from_file_location("solution", sys.argv[1])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for path in [%s]:
            with np.load(path) as data:
                inputs = {k: data[k] for k in data.files}
            inputs = {k: (v.item() if v.ndim == 0 else v) for k, v in inputs.items()}
            module.%s(%s)
        """
            .formatted(String.join(", ", files), fn.name(), args);
    return Files.writeString(dir.resolve("direct_run.py"), script);
  }

  private static void exec(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }
}
