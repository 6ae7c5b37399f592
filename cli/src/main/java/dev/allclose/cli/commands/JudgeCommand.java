package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.Main;
import dev.allclose.cli.Services;
import dev.allclose.cli.output.ReportPrinter;
import dev.allclose.cli.output.TerminalProgress;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.ReportJson;
import dev.allclose.judge.report.SubmissionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code test} and {@code submit} share: judge, record, print, map the verdict to a status.
 */
final class JudgeCommand {
  private JudgeCommand() {}

  static int run(
      AllcloseCommand root, CommandSpec spec, String problem, Path file, Mode mode, boolean json) {
    Services services = root.services();
    if (String.valueOf(file.getFileName()).endsWith(".py")) {
      // Python and NumPy start in the sandbox while the catalog and the database load
      services.workbench().judging().warmUp();
    }
    ProblemPackage pkg = services.problem(problem);
    PrintWriter out = spec.commandLine().getOut();
    TerminalProgress progress =
        root.environment().terminal() && !json
            ? new TerminalProgress(spec.commandLine().getErr())
            : null;
    SubmissionReport report;
    try {
      report =
          services
              .workbench()
              .judging()
              .judge(pkg, file, mode, progress == null ? CaseProgress.NONE : progress);
    } finally {
      if (progress != null) {
        progress.clear();
      }
    }
    // after the judgement: a file the judge refused stays a one-line usage error
    services.warnIfUnsandboxed(spec.commandLine().getErr());
    if (json) {
      try {
        out.println(ReportJson.mapper().writeValueAsString(report));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      new ReportPrinter(out).print(report);
    }
    out.flush();
    return report.accepted() ? Main.ACCEPTED : Main.REJECTED;
  }
}
