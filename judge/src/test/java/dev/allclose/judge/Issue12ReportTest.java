package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's report defects, judged for real on the "scale" fixture (its sample's description is
 * "three elements, N = 3"): an unchanged starter, a solution that never finishes loading, and the
 * case's description in the submission's message.
 */
class Issue12ReportTest {
  private static final long STARTUP_MS = 2_000;

  @TempDir static Path tmp;
  static Judge judge;

  @BeforeAll
  static void judge() {
    judge = TestJudge.in(tmp, new JudgeSettings(STARTUP_MS, 32, 64L << 20, false)).judge();
  }

  private static SubmissionReport submit(String file, String source) throws SubmissionException {
    return judge.judgeSource(
        JudgeFixture.load("scale"), source, file, Mode.TEST, CaseProgress.NONE);
  }

  @Test
  void anUnchangedStarterIsOneLineSayingSoBeforeAnythingRuns() {
    String python = "def scale(x, alpha=2.0):  \r\n    raise NotImplementedError\r\n\r\n";
    assertThatThrownBy(() -> submit("solution.py", python))
        .isInstanceOf(SubmissionException.class)
        .hasMessage(
            "solution.py is the starter of scale, unchanged: write scale in it, then run it again");
    String java =
        "public class Solution {\n  public static double[] scale(double[] x, double alpha) {\n"
            + "    throw new UnsupportedOperationException();\n  }\n}";
    assertThatThrownBy(() -> submit("Solution.java", java))
        .isInstanceOf(SubmissionException.class)
        .hasMessageStartingWith("Solution.java is the starter of scale, unchanged");
  }

  @Test
  void anEditedStarterRuns() throws Exception {
    String edited = "def scale(x, alpha=2.0):\n    raise NotImplementedError('soon')\n";
    assertThat(submit("solution.py", edited).verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
  }

  @Test
  void aSolutionStoppedWhileLoadingShowsHowLongItRan() throws Exception {
    SubmissionReport r =
        submit("s.py", "while True:\n    pass\n\ndef scale(x, alpha=2.0):\n    return x\n");
    CaseReport first = r.cases().get(0);
    assertThat(first.verdict()).isEqualTo(Verdict.TIME_LIMIT);
    assertThat(first.message()).contains("did not finish loading");
    assertThat(first.timeMs()).isGreaterThanOrEqualTo(STARTUP_MS * 0.9);
  }

  @Test
  void theMessageKeepsTheCaseDescriptionAsWritten() throws Exception {
    SubmissionReport r = submit("s.py", "def scale(x, alpha=2.0):\n    return x + alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(r.message()).startsWith("case sample-1 (three elements, N = 3): ");
  }
}
