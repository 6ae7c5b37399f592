package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A judge kept warm ({@link Judge#keepWarm}) runs each Python solution in a harness started ahead
 * of time. It must judge exactly as a cold one does, and one run must never see anything of the run
 * before it: files, processes or interpreter state.
 */
class StandbyTest {
  @TempDir Path tmp;

  /** Right only in a harness started ahead of time, so a cold start cannot pass for a warm one. */
  private static final String WARM_ONLY =
      """
      import sys

      def scale(x, alpha=2.0):
          return x * alpha if sys.argv[0].endswith("harness.py") and "--standby" in open(
              "/proc/self/cmdline").read().split("\\0") else x * 0
      """;

  /** Leaves files in every writable place, a process in the background and a mark on NumPy. */
  private static final String LEAVER =
      """
      import os, subprocess, numpy

      def scale(x, alpha=2.0):
          for path in ("/tmp/left-behind", os.path.expanduser("~/left-behind"), "left-behind"):
              with open(path, "w") as f:
                  f.write("from the run before")
          subprocess.Popen(["sleep", "30"], start_new_session=True)
          numpy.left_behind = True
          return x * alpha
      """;

  /** Right only if nothing of the run before is there. */
  private static final String FINDER =
      """
      import os, numpy

      def others():
          mine = {os.getpid(), os.getppid()}
          found = []
          for pid in filter(str.isdigit, os.listdir("/proc")):
              try:
                  with open("/proc/%s/cmdline" % pid) as f:
                      if "sleep" in f.read():
                          found.append(pid)
              except OSError:
                  pass
          return found

      def scale(x, alpha=2.0):
          traces = [p for p in ("/tmp/left-behind", os.path.expanduser("~/left-behind"),
                                "left-behind") if os.path.exists(p)]
          if traces or others() or hasattr(numpy, "left_behind"):
              return x * 0
          return x * alpha
      """;

  @Test
  void aWarmJudgeRunsInAHarnessStartedAheadOfTime() {
    assumeSandbox();
    Judge judge = warmJudge();
    ProblemPackage scale = JudgeFixture.load("scale");
    for (int i = 0; i < 2; i++) {
      SubmissionReport r = submit(judge, scale, WARM_ONLY);
      assertThat(r.verdict()).as("run %d: %s", i, r.message()).isEqualTo(Verdict.ACCEPTED);
    }
  }

  @Test
  void aRunSeesNothingOfTheRunBeforeIt() throws Exception {
    assumeSandbox();
    Judge judge = warmJudge();
    ProblemPackage scale = JudgeFixture.load("scale");
    assertThat(submit(judge, scale, LEAVER).verdict()).isEqualTo(Verdict.ACCEPTED);
    SubmissionReport after = submit(judge, scale, FINDER);
    assertThat(after.verdict()).as(after.message()).isEqualTo(Verdict.ACCEPTED);
    assertThat(submit(judge, scale, WARM_ONLY).verdict()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void warmAndColdJudgesGiveTheSameVerdicts() throws Exception {
    Path pkg = JudgeFixture.packageDir("scale");
    ProblemPackage scale = JudgeFixture.load("scale");
    Judge cold = TestJudge.in(tmp.resolve("cold")).judge();
    Judge warm = warmJudge();
    List<Path> submissions;
    try (var files = Files.walk(pkg.resolve("submissions"))) {
      submissions = files.filter(f -> f.toString().endsWith(".py")).sorted().toList();
    }
    assertThat(submissions).isNotEmpty();
    for (Path file : submissions) {
      String source = Files.readString(file);
      SubmissionReport a = submit(cold, scale, source);
      SubmissionReport b = submit(warm, scale, source);
      assertThat(b.verdict()).as(file.toString()).isEqualTo(a.verdict());
      assertThat(b.cases().stream().map(CaseReport::verdict).toList())
          .isEqualTo(a.cases().stream().map(CaseReport::verdict).toList());
    }
  }

  @Test
  void aWarmJudgeKeepsOneHarnessWaitingAndItsFoldersGoWithIt() throws Exception {
    assumeSandbox();
    Judge judge = warmJudge();
    List<ProcessHandle> first = judge.waitingProcesses();
    assertThat(first).isNotEmpty();
    submit(judge, JudgeFixture.load("scale"), LEAVER);
    List<ProcessHandle> second = judge.waitingProcesses();
    assertThat(second).isNotEmpty();
    assertThat(first).allSatisfy(p -> assertThat(p.isAlive()).isFalse());
    assertThat(second.get(0).pid()).isNotEqualTo(first.get(0).pid());
    try (var left = Files.list(tmp.resolve("warm").resolve("work").resolve("standby"))) {
      assertThat(left.toList()).as("only the waiting harness's folder").hasSize(1);
    }
    // gone before the test's folder is removed: a sandbox still setting up its mount points in
    // that folder raced the removal ("Directory not empty"), once in a full run of this module
    for (ProcessHandle p : second) {
      p.destroyForcibly();
      p.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  private Judge warmJudge() {
    Judge judge = TestJudge.in(tmp.resolve("warm")).judge();
    judge.keepWarm();
    return judge;
  }

  private void assumeSandbox() {
    assumeTrue(
        TestJudge.in(tmp.resolve("probe")).isolation().sandboxed(),
        "no sandbox here: without one, runs are not isolated from each other at all");
  }

  private static SubmissionReport submit(Judge judge, ProblemPackage pkg, String source) {
    try {
      return judge.judgeSource(pkg, source, "solution.py", Mode.SUBMIT, CaseProgress.NONE);
    } catch (SubmissionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
