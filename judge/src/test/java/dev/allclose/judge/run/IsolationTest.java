package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the judge finds its sandbox, and what it says when there is none. */
class IsolationTest {
  @TempDir Path tmp;

  @Test
  void withoutBubblewrapItRunsUnsandboxedAndNamesTheFix() {
    Tools noBwrap = name -> name.equals("bwrap") ? Optional.empty() : Tools.SYSTEM.find(name);
    Isolation isolation = Isolation.detect(tmp, noBwrap);
    assertThat(isolation.sandboxed()).isFalse();
    assertThat(isolation.launcher()).isInstanceOf(LocalProcessLauncher.class);
    Isolation.Protection sandbox = isolation.protections().get(0);
    assertThat(sandbox.name()).isEqualTo("sandbox");
    assertThat(sandbox.active()).isFalse();
    assertThat(sandbox.detail()).contains("bubblewrap (bwrap) is not installed");
    assertThat(sandbox.fix()).contains("apt-get install bubblewrap");
    assertThat(isolation.warning())
        .hasValueSatisfying(
            w -> assertThat(w).contains("without a sandbox").contains("install bubblewrap"));
  }

  @Test
  void aBubblewrapThatCannotStartIsReportedWithItsOwnWords() throws Exception {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"));
    // a stand-in for bwrap where user namespaces are blocked (Ubuntu's AppArmor rule, Docker)
    Path fake = tmp.resolve("bwrap");
    Files.writeString(
        fake, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    Tools blocked = name -> name.equals("bwrap") ? Optional.of(fake) : Tools.SYSTEM.find(name);
    Isolation isolation = Isolation.detect(tmp.resolve("state"), blocked);
    assertThat(isolation.sandboxed()).isFalse();
    Isolation.Protection sandbox = isolation.protections().get(0);
    assertThat(sandbox.detail()).contains("setting up uid map: Permission denied");
    assertThat(sandbox.fix()).contains("user namespaces");
  }

  @Test
  void theSwitchTurnsTheSandboxOffAndSaysHowToTurnItOn() {
    Isolation off = Isolation.unsandboxed("for a benchmark");
    assertThat(off.sandboxed()).isFalse();
    assertThat(off.warning()).hasValueSatisfying(w -> assertThat(w).contains("for a benchmark"));
  }
}
