package dev.allclose.judge.testkit;

import dev.allclose.judge.Judge;
import dev.allclose.judge.JudgeSettings;
import dev.allclose.judge.Mode;
import dev.allclose.judge.SubmissionException;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.run.PythonRunner;
import java.nio.file.Path;

/**
 * A real judge for tests, wired as the product wires it (a case cache, the sandbox this machine
 * has, a working folder), all under one temporary folder. Shared by the judge's, the problems', the
 * command line's and the server's tests through the judge's test jar.
 *
 * @param store the case cache, for tests that also need the cases ({@code PackageVerifier})
 */
public record TestJudge(Judge judge, CaseStore store, Isolation isolation) {
  /** A judge with the default settings, sandboxed where this machine allows it. */
  public static TestJudge in(Path tmp) {
    return in(tmp, JudgeSettings.DEFAULT);
  }

  public static TestJudge in(Path tmp, JudgeSettings settings) {
    return in(tmp, settings, Isolation.detect(tmp.resolve("state")));
  }

  /** A judge whose solutions run as {@code isolation} says (e.g. {@code Isolation.unsandboxed}). */
  public static TestJudge in(Path tmp, JudgeSettings settings, Isolation isolation) {
    CaseStore store = new CaseStore(tmp.resolve("cache"), PythonRunner.defaultPython());
    return new TestJudge(
        Judge.of(store, isolation.launcher(), tmp.resolve("work"), settings), store, isolation);
  }

  /** Judges source text; a refused file fails the test with the judge's message. */
  public SubmissionReport submit(ProblemPackage pkg, String fileName, String source, Mode mode) {
    try {
      return judge.judgeSource(pkg, source, fileName, mode, CaseProgress.NONE);
    } catch (SubmissionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
