package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge where no sandbox is available (macOS, a container without user namespaces): the same
 * protocol and verdicts, the judge's own clock, and a cleared environment, without the isolation.
 */
class UnsandboxedJudgeTest {
  @TempDir static Path tmp;
  static Judge judge;

  @BeforeAll
  static void judge() {
    judge =
        TestJudge.in(
                tmp,
                new JudgeSettings(10_000, 32, 64L << 20, false),
                Isolation.unsandboxed("this test"))
            .judge();
  }

  static SubmissionReport submit(String file, String source) throws SubmissionException {
    return judge.judgeSource(
        JudgeFixture.load("scale"), source, file, Mode.SUBMIT, CaseProgress.NONE);
  }

  @Test
  void acceptsARightSolutionInBothLanguages() throws Exception {
    assertThat(submit("s.py", "def scale(x, alpha=2.0):\n    return x * alpha\n").verdict())
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(
            submit(
                    "Solution.java",
                    "public class Solution { public static double[] scale(double[] x, double a) {"
                        + " double[] y = x.clone(); for (int i = 0; i < y.length; i++) y[i] *= a;"
                        + " return y; } }")
                .verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void timesCasesItselfWhateverTheSolutionDoesToItsClocks() throws Exception {
    SubmissionReport r =
        submit(
            "s.py",
            "import time\nsleep = time.sleep\ntime.perf_counter = lambda: 0.0\n"
                + "def scale(x, alpha=2.0):\n    sleep(1.6)\n    return x * alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.TIME_LIMIT);
    assertThat(r.cases().get(0).timeMs()).isGreaterThan(1500);
  }

  @Test
  void theJudgesEnvironmentDoesNotReachTheSolution() throws Exception {
    SubmissionReport r =
        submit(
            "s.py",
            "import os\ndef scale(x, alpha=2.0):\n    print(sorted(os.environ))\n    return x * alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(r.cases().get(0).stdout())
        .contains("PATH")
        .doesNotContain(HostileSubmissionsTest.ENV_CANARY)
        .doesNotContain("JAVA_HOME");
  }

  @Test
  void anExitInTheMiddleOfACaseIsARuntimeError() throws Exception {
    SubmissionReport r = submit("s.py", "import os\ndef scale(x, alpha=2.0):\n    os._exit(3)\n");
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(r.cases().get(0).message()).contains("exited with status 3");
  }
}
