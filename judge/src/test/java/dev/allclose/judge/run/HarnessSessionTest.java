package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event;
import dev.allclose.judge.report.CaseProgress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session against stand-in harnesses (shell scripts), for the endings a real harness rarely
 * shows on time: a process that dies just after its last event while a child of it holds the event
 * stream open, and a stream that is not the protocol.
 */
class HarnessSessionTest {
  private static final ProcessLimits LIMITS = new ProcessLimits(10, 1 << 20, 0, 0, 1 << 16, 5_000);

  @TempDir Path tmp;

  private RunOutcome drive(String script) throws Exception {
    Process p = new ProcessBuilder("/bin/sh", "-c", script).start();
    return new HarnessSession(ContainedProcess.of(p), LIMITS, List.of(tmp), CaseProgress.NONE)
        .drive(List.of());
  }

  @Test
  void theLastEventsOfAProcessThatDiedAreNotLostToADescendantHoldingTheStream() throws Exception {
    long start = System.nanoTime();
    RunOutcome o =
        drive(
            "sleep 10 & echo '{\"event\":\"fatal\",\"phase\":\"syntax\",\"message\":\"bad\","
                + "\"line\":3}'; exit 0");
    assertThat(o.fatal()).isNotNull();
    assertThat(o.fatal().phase()).isEqualTo(Event.Phase.SYNTAX);
    assertThat(o.stop()).isNull();
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
  }

  @Test
  void aLineThatIsNotAnEventStopsTheRunAsAProtocolError() throws Exception {
    RunOutcome o = drive("echo 'hello from the solution'; sleep 10");
    assertThat(o.stop()).isNotNull();
    assertThat(o.stop().reason()).isEqualTo(RunOutcome.Reason.PROTOCOL);
    assertThat(o.stop().detail()).contains("hello from the solution");
  }

  @Test
  void aProcessThatNeverSaysReadyTimesOutAtStartUp() throws Exception {
    RunOutcome o = drive("sleep 30");
    assertThat(o.stop()).isNotNull();
    assertThat(o.stop().reason()).isEqualTo(RunOutcome.Reason.STARTUP_TIMED_OUT);
  }
}
