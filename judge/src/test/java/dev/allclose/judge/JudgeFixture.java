package dev.allclose.judge;

import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.InvalidPackageException;
import dev.allclose.judge.problem.PackageReader;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.run.CaseProgress;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.run.PythonRunner;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** A judge with real runners over a temporary folder, and the test packages. */
final class JudgeFixture {
  final Judge judge;

  JudgeFixture(Path tmp) {
    this.judge =
        Judge.of(
            new CaseStore(tmp.resolve("cache"), PythonRunner.defaultPython()),
            Isolation.detect(tmp.resolve("state")).launcher(),
            tmp.resolve("work"),
            JudgeSettings.DEFAULT);
  }

  static Path packageDir(String name) {
    try {
      return Path.of(JudgeFixture.class.getResource("/packages/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ProblemPackage load(String name) {
    try {
      return PackageReader.read(packageDir(name), ProblemPackage.Origin.USER);
    } catch (InvalidPackageException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  SubmissionReport submit(String problem, String fileName, String source) {
    try {
      return judge.judgeSource(load(problem), source, fileName, Mode.SUBMIT, CaseProgress.NONE);
    } catch (SubmissionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
