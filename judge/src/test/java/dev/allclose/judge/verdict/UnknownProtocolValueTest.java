package dev.allclose.judge.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.Limits;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.CaseStep;
import dev.allclose.judge.run.ContainedProcess;
import dev.allclose.judge.run.HarnessSession;
import dev.allclose.judge.run.ProcessLimits;
import dev.allclose.judge.run.RunOutcome;
import dev.allclose.numeric.NdArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A harness stream with a value outside the protocol's closed sets (an event kind, a status, a
 * phase), from a stand-in harness (a shell script): the run stops as a protocol error, and the
 * case's verdict message names the value.
 */
class UnknownProtocolValueTest {
  private static final ProcessLimits LIMITS = new ProcessLimits(10, 1 << 20, 0, 0, 1 << 16, 5_000);
  private static final TestCase CASE =
      TestCase.sample("sample-1").input("x", NdArray.scalar(1.0)).build();

  @TempDir Path tmp;

  /** Says ready, waits for the judge's request, then writes {@code line}. */
  private RunOutcome drive(String line) throws Exception {
    Files.writeString(tmp.resolve("in.npz"), "");
    String script = "echo '{\"event\":\"ready\"}'; read request; echo '" + line + "'; sleep 10";
    Process p = new ProcessBuilder("/bin/sh", "-c", script).start();
    CaseStep step =
        new CaseStep(
            CASE.name(),
            tmp.resolve("in.npz"),
            tmp.resolve("staged.npz"),
            tmp.resolve("out.npz"),
            5_000);
    return new HarnessSession(ContainedProcess.of(p), LIMITS, List.of(tmp), CaseProgress.NONE)
        .drive(List.of(step));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"event\":\"end\",\"case_name\":\"sample-1\",\"status\":\"weird\"} | the unknown status 'weird'",
        "{\"event\":\"fatal\",\"phase\":\"linking\",\"message\":\"m\",\"line\":0} | the unknown phase 'linking'",
        "{\"event\":\"progress\",\"case_name\":\"sample-1\"} | the unknown event 'progress'",
      })
  void isAProtocolErrorThatNamesTheValue(String line, String named) throws Exception {
    RunOutcome o = drive(line);
    assertThat(o.stop()).isNotNull();
    assertThat(o.stop().reason()).isEqualTo(RunOutcome.Reason.PROTOCOL);
    CaseReport r =
        CaseVerdicts.interrupted(CASE, o.stop(), Limits.DEFAULT, 5_000, o.peakMemoryKb());
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(r.message()).contains("broke the judge's protocol").contains(named);
  }

  @Test
  void anUnknownStatusIsNamedEvenInALongLine() throws Exception {
    String stdout = "x".repeat(200);
    RunOutcome o =
        drive(
            "{\"event\":\"end\",\"case_name\":\"sample-1\",\"stdout\":\""
                + stdout
                + "\",\"status\":\"finished\"}");
    assertThat(o.stop().detail()).isEqualTo("it sent the unknown status 'finished'");
  }
}
