package dev.allclose.judge;

import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.testkit.PackageFolders;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Path;

/** A judge with real runners over a temporary folder, and the test packages. */
final class JudgeFixture {
  final Judge judge;
  private final TestJudge wired;

  JudgeFixture(Path tmp) {
    this.wired = TestJudge.in(tmp);
    this.judge = wired.judge();
  }

  static Path packageDir(String name) {
    return PackageFolders.resource(JudgeFixture.class, "/packages/" + name);
  }

  static ProblemPackage load(String name) {
    return PackageFolders.load(packageDir(name));
  }

  SubmissionReport submit(String problem, String fileName, String source) {
    return wired.submit(load(problem), fileName, source, Mode.SUBMIT);
  }
}
