package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talk rounds end to end through the command line, from a fresh database: answers scripted on
 * standard input (or written by a stand-in $EDITOR), a fixed clock, the real bank, scheduler and
 * SQLite file.
 */
class RoundsCliTest {
  static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  Path home;
  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  Map<String, String> variables = new HashMap<>();
  boolean terminal;

  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  @BeforeEach
  void home() {
    home = tmp.resolve("home");
    variables.put("ALLCLOSE_HOME", home.toString());
  }

  Run run(String stdin, String... args) {
    Environment env =
        new Environment(
            variables,
            tmp,
            terminal,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            clock);
    CliHarness.Run r = CliHarness.execute(env, args);
    return new Run(r.exit(), r.out(), r.err());
  }

  static final String BIAS_VARIANCE_ANSWER =
      """
      Bias is the systematic error of a model family that is too simple, so it underfits.
      Variance is the sensitivity to the particular training sample, so the model overfits noise.
      For squared loss the test error splits into squared bias plus variance plus irreducible noise.
      .
      """;

  @Test
  void aMockSessionIsTimedScoredStoredAndScheduledForReview() {
    Run mock =
        run(
            BIAS_VARIANCE_ANSWER + "2 2 2 1 0 0\n" + "L1 makes weights exactly zero.\n.\n\n",
            "mock",
            "--question",
            "bias-variance",
            "--question",
            "l1-l2-regularisation",
            "--seed",
            "3");
    assertThat(mock.exit()).as(mock.err()).isZero();
    assertThat(mock.out())
        .contains("Question 1 of 2 · Core concepts and theory")
        .contains("end it with a line holding a single '.'")
        .contains("Time: 0 s of 5 min.")
        .contains("Rubric: the key points your answer appears to cover")
        .contains("covered")
        .contains("Your score: 58% of the rubric (review rating: hard).")
        .contains("Pitfalls to avoid:")
        .contains("Follow-up: ")
        .contains("Model answer:")
        .contains("Session ");

    Run review = run("", "review", "--json");
    assertThat(review.exit()).isZero();
    JsonNode due = review.json().get("due");
    assertThat(due).hasSize(2);
    assertThat(due.findValuesAsText("item"))
        .containsExactlyInAnyOrder("question:bias-variance", "question:l1-l2-regularisation");
    assertThat(run("", "review").out())
        .contains("The bias-variance trade-off")
        .contains("`allclose mock --due`");
  }

  @Test
  void mockJsonCarriesTheCoverageTheSelfScoresAndTheRating() {
    Run r =
        run(
            BIAS_VARIANCE_ANSWER + "\n",
            "mock",
            "--question",
            "bias-variance",
            "--json",
            "--seed",
            "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("Model answer:");
    JsonNode answer = r.json().get("answers").get(0);
    assertThat(answer.get("question").asText()).isEqualTo("bias-variance");
    assertThat(answer.get("coverage")).hasSize(6);
    JsonNode first = answer.get("coverage").get(0);
    assertThat(first.get("verdict").asText()).isIn("covered", "partly", "missed");
    assertThat(first.get("confidence").asText()).isIn("high", "medium", "low");
    assertThat(answer.get("self_scores")).hasSize(6); // Enter kept the automatic estimate
    assertThat(answer.get("rating").asText()).isIn("again", "hard", "good", "easy");
    assertThat(answer.get("budget_ms").asLong()).isEqualTo(300_000);
    assertThat(r.json().get("next_reviews").has("bias-variance")).isTrue();
  }

  @Test
  void scoresLeftAtTheEstimateStayUnconfirmedUntilReviewAsksForThem() {
    Run mock = run(BIAS_VARIANCE_ANSWER + "\n", "mock", "--question", "bias-variance", "--json");
    assertThat(mock.exit()).as(mock.err()).isZero();
    assertThat(mock.err()).contains("an estimate: `allclose review` asks for your score");
    assertThat(mock.json().get("answers").get(0).get("confirmed").asBoolean()).isFalse();

    Run listed = run("", "review", "--json");
    assertThat(listed.exit()).as(listed.err()).isZero();
    JsonNode pending = listed.json().get("unconfirmed");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("question").asText()).isEqualTo("bias-variance");
    assertThat(pending.get(0).get("suggested")).hasSize(6);
    assertThat(run("", "review").out())
        .contains("1 mock answer(s) carry the rubric's estimate, not your score")
        .contains("`allclose review --rate`");

    // A wrong line is asked again; an empty one leaves the estimate for next time.
    Run skipped = run("9\n\n", "review", "--rate");
    assertThat(skipped.out()).contains("Give 6 numbers from 0 to 2").contains("Key points");
    assertThat(run("", "review", "--json").json().get("unconfirmed")).hasSize(1);

    Run rated = run("2 2 2 2 2 2\n", "review", "--rate");
    assertThat(rated.exit()).as(rated.err()).isZero();
    assertThat(rated.out())
        .contains("Your answer:")
        .contains("Rated easy (100% of the rubric); next review ");
    assertThat(run("", "review", "--json").json().get("unconfirmed")).isEmpty();
  }

  @Test
  void acceptingTheSuggestionWithYConfirmsIt() {
    Run mock = run(BIAS_VARIANCE_ANSWER + "y\n", "mock", "--question", "bias-variance", "--json");
    assertThat(mock.exit()).as(mock.err()).isZero();
    assertThat(mock.json().get("answers").get(0).get("confirmed").asBoolean()).isTrue();
    assertThat(run("", "review", "--json").json().get("unconfirmed")).isEmpty();
  }

  @Test
  void aPresetDrawsThreeQuestionsPerAreaAndTheTimerReportsOverruns() {
    clock = new SteppingClock(NOW, Duration.ofMinutes(10));
    Run r = run("", "mock", "--preset", "research-scientist", "--seed", "5", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("answers")).hasSize(9);
    assertThat(r.err()).contains("over the budget by");
    Run due = run("", "mock", "--due", "--json");
    assertThat(due.exit()).isZero();
  }

  @Test
  void anAnswerCanComeFromTheEditor() throws IOException {
    Path editor = tmp.resolve("fake-editor");
    Files.writeString(
        editor,
        "#!/bin/sh\necho 'With L1 many weights end up exactly zero, so the model is sparse.' >> \"$1\"\n");
    Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    variables.put("EDITOR", editor.toString());
    terminal = true;
    Run r = run("\n", "mock", "--question", "l1-l2-regularisation", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("opening $EDITOR");
    assertThat(r.json().get("answers").get(0).get("answer").asText())
        .isEqualTo("With L1 many weights end up exactly zero, so the model is sparse.");
  }

  @Test
  void badChoicesAreOneLineUsageErrors() throws IOException {
    Run preset = run("", "mock", "--preset", "manager");
    assertThat(preset.exit()).isEqualTo(2);
    assertThat(preset.err().strip())
        .isEqualTo(
            "allclose: --preset must be research-engineer or research-scientist, not 'manager'");
    Run area = run("", "mock", "--area", "maths");
    assertThat(area.err()).contains("--area must be one of core-concepts, applied-design");
    Run question = run("", "mock", "--question", "nope");
    assertThat(question.err().strip())
        .isEqualTo("allclose: no question 'nope' in the bank; `allclose mock --list` shows them");
    Run perArea = run("", "mock", "--per-area", "9");
    assertThat(perArea.exit()).isEqualTo(2);
    assertThat(run("", "critique", "nope").err()).contains("no paper 'nope'");
    assertThat(run("", "design", "nope").err()).contains("no design prompt 'nope'");

    Path editor = tmp.resolve("failing-editor");
    Files.writeString(editor, "#!/bin/sh\nexit 3\n");
    Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    variables.put("EDITOR", editor.toString());
    terminal = true;
    Run failed = run("", "mock", "--question", "bias-variance");
    assertThat(failed.exit()).isEqualTo(2);
    assertThat(failed.err())
        .contains("exited with status 3; answer not taken")
        .doesNotContain("Exception");
    assertThat(run("", "mock", "--list").out()).contains("bias-variance").contains("#35");
  }

  @Test
  void aCritiqueIsScoredPerPlantedFlawThenTheKeyIsShown() {
    String critique =
        String.join(
                "\n.\n",
                "Rising dropout plus budgets plus stochastic depth improve ResNet-50.",
                "Run the baseline with the same sweep.",
                "The method was tuned over 48 configurations while the baseline kept its original hyperparameters, so the baseline was not tuned with equal effort.",
                "The ablation removes all three components at once, so it cannot show which one matters.",
                "Nothing to say about contamination.",
                "Tune the baseline with the same budget and run five seeds.")
            + "\n.\n";
    Run r = run(critique, "critique", "curriculum-dropout", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("Curriculum Dropout")
        .contains("Planted flaws")
        .contains("Answer key")
        .contains("First experiment:");
    JsonNode flaws = r.json().get("result").get("flaws");
    assertThat(flaws).hasSize(4);
    Map<String, String> verdicts = new HashMap<>();
    flaws.forEach(f -> verdicts.put(f.get("kind").asText(), f.get("verdict").asText()));
    assertThat(verdicts.get("untuned-baseline")).isEqualTo("covered");
    assertThat(verdicts.get("uninformative-ablation")).isEqualTo("covered");
    assertThat(verdicts.get("no-confidence-intervals")).isEqualTo("missed");
    assertThat(verdicts.get("stale-baseline")).isNotEqualTo("covered");
    assertThat(run("", "critique", "--list").out())
        .contains("gatemix-reasoning")
        .contains("longmem-tokens");
  }

  @Test
  void aDesignIsScoredBySectionAndItsSeedsByAPowerAnalysis() {
    String design =
        String.join(
                "\n.\n",
                "Mean zero-shot accuracy over the eight tasks.",
                "The same model trained on the raw corpus for the same number of tokens.",
                "The zero-shot suite, deduplicated against both corpora.",
                "Same architecture, tokenizer and token budget.",
                "Welch's t-test on per-run accuracy.",
                "3 seeds per arm.",
                "No gain in mean accuracy.")
            + "\n.\n";
    Run r = run(design, "design", "deduplication-pretraining", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("Pilot numbers")
        .contains("need 10 run(s) per arm")
        .contains("too few");
    JsonNode seeds = r.json().get("result").get("seeds");
    assertThat(seeds.get("stated").asInt()).isEqualTo(3);
    assertThat(seeds.get("analysis").get("runs_per_arm").asInt()).isEqualTo(10);
    assertThat(r.json().get("result").get("sections")).hasSize(7);
  }

  @Test
  void anOpenProblemAnswerIsTimedCheckedAndSelfReviewed() {
    String answer =
        String.join(
                "\n.\n",
                "Retrievers are judged on short single-hop queries, so we cannot tell whether they find the evidence a reader needs for multi-step questions about rare entities.",
                "Dense retrievers such as DPR (Karpukhin et al. 2020) and ColBERT do well in domain, yet BEIR showed they often lose to BM25 out of domain, and none is trained on what the reader needs.",
                "Labels tied to answer correctness, training signal from the downstream reader, and robustness to queries unlike the training distribution of the retriever.",
                "Build 500 multi-hop questions with evidence chains and measure evidence recall and answer accuracy for BM25 and a dense retriever.")
            + "\n.\n2 2 1 2\n";
    Run r = run(answer, "open", "retrieval", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("Structure checks:").contains("Reference points:");
    JsonNode result = r.json().get("result");
    assertThat(result.get("checks").findValuesAsText("passed")).doesNotContain("false");
    assertThat(result.get("self_scores").toString()).isEqualTo("[2,2,1,2]");
    assertThat(result.get("score").asDouble()).isEqualTo(7 / 8.0);
    assertThat(run("", "open", "--list").out()).contains("long-context");
    Run bad = run("", "open", "robotics");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("neither a field");
  }

  @Test
  void reviewRatesCatalogProblemsFromTheirLatestVerdictAndHonoursTheDeadline() throws IOException {
    Path solution =
        Files.writeString(
            tmp.resolve("bad.py"),
            "def multi_head_attention(*a, **k):\n    raise ValueError('no')\n");
    Run submit = run("", "submit", "1", solution.toString());
    assertThat(submit.exit()).isEqualTo(1);
    Run set = run("", "review", "--deadline", "2026-12-01", "--json");
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(set.json().get("deadline").asText()).isEqualTo("2026-12-01");
    // a problem is scheduled in whole days: the rejected one is due again tomorrow, not today
    assertThat(set.json().get("due")).isEmpty();
    assertThat(run("", "review").out())
        .contains("Interview on 2026-12-01 (11 days left).")
        .contains("Nothing due today; next: #1 Multi-Head Self-Attention on 2026-11-21.");
    JsonNode all = run("", "review", "--all", "--json").json().get("due");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).get("due").asText()).isEqualTo("2026-11-21T09:00");
    clock = Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    JsonNode due = run("", "review", "--json").json().get("due");
    assertThat(due).hasSize(1);
    assertThat(due.get(0).get("item").asText()).isEqualTo("problem:multi-head-attention");
    assertThat(due.get(0).get("title").asText()).isEqualTo("#1 Multi-Head Self-Attention");
    Run cleared = run("", "review", "--deadline", "none", "--json");
    assertThat(cleared.json().get("deadline").isNull()).isTrue();
    Run wrong = run("", "review", "--deadline", "next week");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err().strip())
        .isEqualTo("allclose: --deadline must be a date like 2026-12-15, or none, not 'next week'");
  }

  @Test
  void statsPowerGivesTheNumberOfRuns() {
    Run text = run("", "stats", "power", "--effect", "0.5", "--sd", "1");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("Runs per arm: 64").contains("With 63: power 0.7952");
    Run paired =
        run(
            "",
            "stats",
            "power",
            "--effect",
            "0.3",
            "--sd",
            "1",
            "--alpha",
            "0.01",
            "--power",
            "0.9",
            "--paired",
            "--alternative",
            "larger",
            "--json");
    assertThat(paired.json().get("runs_per_arm").asInt()).isEqualTo(148);
    Run wrong =
        run("", "stats", "power", "--effect", "-0.5", "--sd", "1", "--alternative", "larger");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("looks for an increase").doesNotContain("Exception");
  }

  @Test
  void statsCompareReadsTwoFilesAndReportsEveryTest() throws IOException {
    Path a =
        Files.writeString(
            tmp.resolve("a.csv"),
            "seed,acc\n1,3.1\n2,2.8\n3,3.6\n4,3.3\n5,2.9\n6,3.0\n7,3.4\n8,3.2\n9,2.7\n10,3.5\n");
    Path b =
        Files.writeString(
            tmp.resolve("b.csv"),
            "seed,acc\n1,3.4\n2,2.8\n3,3.9\n4,3.3\n5,3.2\n6,3.3\n7,3.4\n8,3.5\n9,3.0\n10,3.5\n");
    Run text =
        run(
            "",
            "stats",
            "compare",
            a.toString(),
            b.toString(),
            "--paired",
            "--column",
            "acc",
            "--alternative",
            "larger");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Mean difference B - A: 0.18")
        .contains("Paired t-test (larger)")
        .contains(
            "Wilcoxon signed-rank: W = 21.0, p = 0.01563 (exact permutation over sign flips; 4 zero difference(s) dropped, ties given average ranks)")
        .contains("Permutation test: p = ");
    Run json = run("", "stats", "compare", a.toString(), b.toString(), "--column", "2", "--json");
    assertThat(json.json().get("t_test").get("name").asText()).isEqualTo("welch");
    assertThat(json.json().get("signed_rank").isNull()).isTrue();
    Run missing = run("", "stats", "compare", a.toString(), tmp.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).endsWith("nope.csv: no such file");
    Path broken = Files.writeString(tmp.resolve("c.csv"), "1.0\n2.0\nabc\n");
    Run bad = run("", "stats", "compare", a.toString(), broken.toString(), "--column", "1");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip()).endsWith("c.csv:3: 'abc' is not a number");
  }

  @Test
  void statsAdjustAppliesHolmBonferroniOrBh() {
    Run holm = run("", "stats", "adjust", "0.01", "0.04", "0.03", "0.005", "--json");
    assertThat(holm.exit()).isZero();
    assertThat(holm.json().get("p_values").findValuesAsText("adjusted"))
        .containsExactly("0.03", "0.06", "0.06", "0.02");
    Run bh = run("", "stats", "adjust", "0.01", "0.04", "0.03", "0.005", "--method", "bh");
    assertThat(bh.out()).contains("adjusted (bh)").contains("yes");
    Run bad = run("", "stats", "adjust", "1.5");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("a p-value must be between 0 and 1, not 1.5");
  }

  /** A clock that moves forward by a fixed step every time it is read. */
  static final class SteppingClock extends Clock {
    private Instant now;
    private final Duration step;

    SteppingClock(Instant start, Duration step) {
      this.now = start;
      this.step = step;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      Instant t = now;
      now = now.plus(step);
      return t;
    }
  }
}
