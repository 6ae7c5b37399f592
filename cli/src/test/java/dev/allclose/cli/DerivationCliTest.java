package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.cli.CliHarness.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose derive}: a derivation typed on standard input or read from a file is scored on
 * the problem's key points and stored; its score shows in the tracker; the key points and the model
 * derivation stay closed until the problem is accepted or given up.
 */
class DerivationCliTest {
  private static final String DERIVATION =
      """
      # Gradient of the mean cross-entropy

      Subtracting the row maximum leaves the softmax unchanged, so exp never overflows.
      The gradient of the mean loss with respect to the logits is
      $$\\frac{\\partial L}{\\partial z} = \\frac{1}{N}(\\mathrm{softmax}(z) - \\mathrm{onehot}(y))$$
      """;

  @TempDir Path tmp;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(tmp, "2026-12-05T09:00:00Z", "UTC");
  }

  @Test
  void aTypedDerivationIsScoredStoredAndShownInTheTrackerWithoutGivingTheKeyPointsAway() {
    Run written = cli.input(DERIVATION, "derive", "13");
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(written.out())
        .contains("Derivation for #13")
        .contains("(version 1,")
        .containsPattern("score \\d+%: [1-9]\\d* of \\d+ key points covered")
        .contains("open after an accepted submission or when you give up")
        .doesNotContain("Model derivation");

    Run shown = cli.run("derive", "softmax-cross-entropy-gradient", "--show");
    assertThat(shown.out()).contains("(version 1,").doesNotContain("Key point");
    assertThat(cli.run("progress").out()).containsPattern("(?m)^\\s*13 .* \\d+%");
  }

  @Test
  void afterGivingUpTheKeyPointsAndTheModelDerivationAreShown() throws Exception {
    Path file = Files.writeString(tmp.resolve("d.md"), DERIVATION);
    assertThat(cli.run("derive", "13", "--file", file.toString()).exit()).isZero();
    cli.run("give-up", "13");

    Run open = cli.run("derive", "13", "--show");
    assertThat(open.out()).contains("Key point").contains("covered").contains("Model derivation:");

    JsonNode json = new ObjectMapper().readTree(cli.run("derive", "13", "--show", "--json").out());
    assertThat(json.get("written").get("versions").asInt()).isEqualTo(1);
    assertThat(json.get("model").asText()).isNotBlank();
    assertThat(json.get("written").get("coverage").size())
        .isEqualTo(json.get("key_points").asInt());
  }

  @Test
  void mistakesAreOneLineErrors() {
    Run none = cli.run("derive", "lora", "--show");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().strip())
        .isEqualTo(
            "allclose: problem 8 (lora) asks for no derivation; the problems of section 2 do");

    Run empty = cli.input("\n", "derive", "13");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("the derivation is empty").doesNotContain("\n\tat ");

    Run missing = cli.run("derive", "13", "--file", tmp.resolve("nope.md").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).endsWith("nope.md: no such file");
  }
}
