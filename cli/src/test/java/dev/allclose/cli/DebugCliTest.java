package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.cli.CliHarness.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose debug}: a round starts from one of the problem's known wrong submissions, not
 * named; the user fixes and submits it; {@code --finish} ends the round and names the planted bug.
 */
class DebugCliTest {
  private static final Path CATALOG = Path.of("../problems/catalog");

  @TempDir Path tmp;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(tmp, "2026-12-05T09:00:00Z", "UTC");
  }

  @Test
  void aFixedPlantedBugIsAcceptedAndTheRoundNamesTheBugAtTheEnd() throws Exception {
    Path work = tmp.resolve("work");
    Run started = cli.run("debug", "rope", "--dir", work.toString(), "--seed", "4");
    assertThat(started.exit()).as(started.err()).isZero();
    Path file = work.resolve("rope/debug/solution.py");
    assertThat(started.out())
        .contains("Debugging round on #" + number("rope"))
        .contains(file.toString())
        .contains("allclose submit")
        .contains("allclose debug --finish");
    String planted = Files.readString(file);
    assertThat(planted).contains("def ").doesNotContain("Wrong answer");
    assertThat(wrongSubmissionsOfRope())
        .as("the code is one of rope's wrong solutions")
        .anyMatch(s -> s.endsWith(planted));

    Run hints = cli.run("show", "rope", "--hints", "1");
    assertThat(hints.out() + hints.err())
        .as("hints are closed while the round runs")
        .contains("closed");
    Run second = cli.run("debug", "rope", "--dir", tmp.resolve("other").toString());
    assertThat(second.exit()).isNotZero();
    assertThat(second.err().strip())
        .isEqualTo(
            "allclose: a debugging round on #"
                + number("rope")
                + " "
                + title("rope")
                + " is already running; finish it before starting another");

    // The fix: an accepted solution in the same file.
    Files.copy(
        CATALOG.resolve("rope/submissions/accepted/rotate_half.py"),
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    cli.clock.advance(Duration.ofMinutes(6));
    Run submitted = cli.run("submit", "rope", file.toString());
    assertThat(submitted.out()).as(submitted.err()).contains("ACCEPTED");

    cli.clock.advance(Duration.ofMinutes(1));
    Run finished = cli.run("debug", "--finish", "--json");
    assertThat(finished.exit()).as(finished.err()).isZero();
    JsonNode round = new ObjectMapper().readTree(finished.out());
    assertThat(round.get("debug").asBoolean()).isTrue();
    assertThat(round.get("verdict").asText()).isEqualTo("accepted");
    assertThat(round.get("attempts").asInt()).isEqualTo(1);
    assertThat(round.get("code").isNull()).isTrue();
    String submission = round.get("planted").get("submission").asText();
    assertThat(submission).startsWith("wrong_answer/");
    assertThat(Files.readString(CATALOG.resolve("rope/submissions").resolve(submission)))
        .endsWith(planted);
    assertThat(round.get("planted").get("description").asText()).isNotBlank();

    assertThat(cli.run("progress").out())
        .contains("Timed rounds:")
        .containsPattern(
            "2026-12-05 09:00 +debugging +#9 Rotary Position Embeddings \\(RoPE\\) +7:00 of 35:00 +1 +accepted");
  }

  @Test
  void theHumanReportNamesTheBugAndAnOldFileIsKeptWithoutForce() throws Exception {
    Path work = tmp.resolve("work");
    assertThat(cli.run("debug", "30", "--lang", "java", "--dir", work.toString()).exit()).isZero();
    assertThat(work.resolve("dijkstra/debug/Solution.java")).exists();
    cli.clock.advance(Duration.ofMinutes(3));

    Run finished = cli.run("debug", "--finish");
    assertThat(finished.out())
        .contains("Debugging round on #30")
        .contains("over: time used 3:00 of 25:00, 0 submissions, verdict: no submission.")
        .containsPattern("The planted bug \\(wrong_answer/\\w+\\.java\\): \\S");

    Run again = cli.run("debug", "30", "--lang", "java", "--dir", work.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("exists from an earlier round; --force writes");
    assertThat(cli.run("debug", "30", "--lang", "java", "--dir", work.toString(), "--force").exit())
        .isZero();
  }

  @Test
  void misuseGetsOneLineThatSaysWhatToDo() {
    Run none = cli.run("debug", "--finish");
    assertThat(none.exit()).isNotZero();
    assertThat(none.err().strip())
        .isEqualTo("allclose: no debugging round is running; start one: allclose debug N");
    Run bare = cli.run("debug");
    assertThat(bare.err().strip())
        .isEqualTo(
            "allclose: say which problem to debug (allclose debug N), or end the running round: allclose debug --finish");
    Run lang = cli.run("debug", "30", "--lang", "rust", "--dir", tmp.toString());
    assertThat(lang.err().strip()).isEqualTo("allclose: --lang must be python or java, not 'rust'");
  }

  private static java.util.List<String> wrongSubmissionsOfRope() throws Exception {
    try (var files = Files.list(CATALOG.resolve("rope/submissions/wrong_answer"))) {
      return files
          .filter(f -> f.toString().endsWith(".py"))
          .map(
              f -> {
                try {
                  return Files.readString(f);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static String number(String slug) throws Exception {
    return yaml(slug, "number");
  }

  private static String title(String slug) throws Exception {
    return yaml(slug, "title");
  }

  private static String yaml(String slug, String key) throws Exception {
    return Files.readAllLines(CATALOG.resolve(slug).resolve("problem.yaml")).stream()
        .filter(l -> l.startsWith(key + ": "))
        .findFirst()
        .orElseThrow()
        .substring(key.length() + 2)
        .strip();
  }
}
