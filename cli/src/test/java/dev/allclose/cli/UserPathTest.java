package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.cli.CliHarness.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leading {@code ~} in any path the user types means their home folder, as in a shell. */
class UserPathTest {
  @TempDir Path tmp;

  @Test
  void aTildeTheShellLeftAloneStillMeansTheHomeFolder() {
    // The harness's user home is tmp; the shell does not expand ~ after --opt=, nor in quotes.
    CliHarness cli = new CliHarness(tmp, "2026-03-02T14:00:00Z", "UTC");
    Run start = cli.run("start", "1", "--dir=~/work");
    assertThat(start.exit()).as(start.err()).isZero();
    Path solution = tmp.resolve("work/multi-head-attention/solution.py");
    assertThat(solution).exists();

    Run test = cli.run("test", "1", "~/work/multi-head-attention/solution.py");
    assertThat(test.err()).doesNotContain("no such file");
    // found and read: the judge recognises the untouched starter
    assertThat(test.err()).contains("unchanged");

    Run plan = cli.run("plan", "--interview", "2026-04-13", "--ics=~/plans/plan.ics");
    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(tmp.resolve("plans/plan.ics")).exists();

    Run export = cli.run("progress", "--export", "csv", "~/tracker.csv");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(tmp.resolve("tracker.csv")).exists();

    Run elsewhere = cli.run("--home=~/data", "list");
    assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
    assertThat(tmp.resolve("data/allclose.db")).exists();
  }

  @Test
  void onlyALeadingTildeAloneOrBeforeASlashIsTheHomeFolder() {
    UserPath paths = new UserPath(Path.of("/home/ada"), Path.of("").toAbsolutePath());
    assertThat(paths.convert("~")).isEqualTo(Path.of("/home/ada"));
    assertThat(paths.convert("~/")).isEqualTo(Path.of("/home/ada"));
    assertThat(paths.convert("~/a/b.py")).isEqualTo(Path.of("/home/ada/a/b.py"));
    assertThat(paths.convert("~bob/x")).isEqualTo(Path.of("~bob/x"));
    assertThat(paths.convert("notes/~/x")).isEqualTo(Path.of("notes/~/x"));
    assertThat(paths.convert("/abs/x")).isEqualTo(Path.of("/abs/x"));
  }

  /**
   * The background process runs a command for a launcher started in another folder than its own: a
   * relative path then means what it means in the launcher's folder.
   */
  @Test
  void aRelativePathStartsFromTheLaunchersFolderWhenItIsNotThisProcesss() {
    UserPath paths = new UserPath(Path.of("/home/ada"), Path.of("/home/ada/work"));
    assertThat(paths.convert("a/b.py")).isEqualTo(Path.of("/home/ada/work/a/b.py"));
    assertThat(paths.convert("../x.py")).isEqualTo(Path.of("/home/ada/x.py"));
    assertThat(paths.convert(".")).isEqualTo(Path.of("/home/ada/work"));
    assertThat(paths.convert("/abs/x")).isEqualTo(Path.of("/abs/x"));
    assertThat(paths.convert("~/y")).isEqualTo(Path.of("/home/ada/y"));
  }
}
