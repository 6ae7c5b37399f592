package dev.allclose.interview.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the built-in bank: each defect is reported with its file, its field and what is
 * wrong, and every defect of a file is reported, not only the first.
 */
class BankValidatorTest {
  @TempDir Path tmp;
  Path bank;

  @BeforeEach
  void copyBuiltInBank() throws IOException {
    bank = tmp.resolve("bank");
    Path from = QuestionBank.builtInRoot();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = bank.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private List<String> defects() {
    return BankReader.validate(bank).stream().map(Defect::toString).toList();
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = bank.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void aValidCopyHasNoDefect() {
    assertThat(defects()).isEmpty();
  }

  @Test
  void aQuestionWithBadAndMissingFieldsGetsOneMessagePerField() throws IOException {
    edit("questions/bias-variance.yaml", "area: core-concepts", "area: maths");
    edit("questions/bias-variance.yaml", "difficulty: medium", "difficulty: 3");
    edit("questions/bias-variance.yaml", "minutes: 5", "minutes: five");
    edit("questions/bias-variance.yaml", "model_answer: |", "model_answr: |");
    edit(
        "questions/bias-variance.yaml",
        "  - When would you knowingly choose a high-bias model?\n",
        "  - When would you knowingly choose a high-bias model?\n  - A fourth one?\n");
    assertThat(defects())
        .containsExactlyInAnyOrder(
            "questions/bias-variance.yaml: area: must be one of core-concepts, applied-design, research-acumen, rigour, behavioural, not 'maths'",
            "questions/bias-variance.yaml: difficulty: must be one of easy, medium, hard, not '3'",
            "questions/bias-variance.yaml: minutes: must be a whole number, not 'five'",
            "questions/bias-variance.yaml: model_answr: is not a field of this format (known: area, assessment, catalog, difficulty, follow_ups, id, key_points, minutes, model_answer, pitfalls, prompt, roles, source, title)",
            "questions/bias-variance.yaml: model_answer: is missing",
            "questions/bias-variance.yaml: follow_ups: must have 2 to 3 items, not 4");
  }

  @Test
  void aPointWrappedInTheYamlIsReadAsOneLine() throws Exception {
    edit(
        "questions/bias-variance.yaml",
        "  - point: Bias is systematic error from a model family too simple or too constrained to"
            + " represent the true function, which shows up as underfitting.\n",
        "  - point: |\n      Bias is systematic error from a model family too simple\n"
            + "      or too constrained, which shows up as underfitting.\n");
    edit(
        "questions/bias-variance.yaml",
        "  - point: Variance is error from sensitivity to the particular training sample, which"
            + " shows up as overfitting to noise.\n",
        "  - point: >\n      Variance is error from sensitivity\n        to the training sample.\n");
    edit(
        "questions/bias-variance.yaml",
        "  - For squared loss the expected test error splits into squared bias plus variance plus"
            + " irreducible noise.\n",
        "  - For squared loss the test error splits\n    into bias, variance and noise.\n");
    List<String> points = BankReader.read(bank).question("bias-variance").orElseThrow().keyPoints();
    assertThat(points.subList(0, 3))
        .containsExactly(
            "Bias is systematic error from a model family too simple or too constrained, which"
                + " shows up as underfitting.",
            "Variance is error from sensitivity to the training sample.",
            "For squared loss the test error splits into bias, variance and noise.");
  }

  @Test
  void aKeyPointMappingCarriesItsMisconceptionsAndNothingElse() throws Exception {
    Question q = BankReader.read(bank).question("bias-variance").orElseThrow();
    assertThat(q.misconceptions().get(0)).singleElement().asString().startsWith("Bias is error");
    assertThat(q.misconceptions().get(2)).isEmpty();
    edit(
        "questions/bias-variance.yaml",
        "    misconceptions:\n      - Bias is",
        "    wrong:\n      - Bias is");
    edit(
        "questions/bias-variance.yaml",
        "  - For squared loss the expected",
        "  - point: For squared loss the expected");
    assertThat(defects())
        .contains(
            "questions/bias-variance.yaml: key_points[0].wrong: is not a field of this format (known: misconceptions, point)",
            "questions/bias-variance.yaml: key_points[0].misconceptions: is missing");
  }

  @Test
  void anIdMustMatchItsFileAndCatalogNumbersMustBeDiscussionProblems() throws IOException {
    edit("questions/scaling-laws.yaml", "id: scaling-laws", "id: scaling");
    edit("questions/bert-vs-gpt.yaml", "catalog: 36", "catalog: 12");
    assertThat(defects())
        .containsExactlyInAnyOrder(
            "questions/scaling-laws.yaml: id: 'scaling' differs from the file name 'scaling-laws'",
            "questions/bert-vs-gpt.yaml: catalog: must be between 35 and 45, not 12");
  }

  @Test
  void brokenYamlAndStrayFilesAreReported() throws IOException {
    Files.writeString(bank.resolve("papers/oops.yaml"), "title: [unclosed\n");
    Files.writeString(bank.resolve("papers/notes.txt"), "draft");
    assertThat(defects())
        .hasSize(2)
        .anySatisfy(d -> assertThat(d).startsWith("papers/oops.yaml: is not valid YAML: "))
        .contains("papers/notes.txt: is not a .yaml file; only those belong here");
  }

  @Test
  void aPaperFlawNeedsAKnownKindAndSignsAndTheResultsATable() throws IOException {
    edit("papers/curriculum-dropout.yaml", "kind: untuned-baseline", "kind: weak-baseline");
    edit(
        "papers/curriculum-dropout.yaml",
        "    signs:\n      - Gains of 0.3",
        "    sings:\n      - Gains of 0.3");
    edit(
        "papers/rankfuse-retrieval.yaml",
        "results: |\n  | System              | MRR@7 (dev) |\n  |---------------------|-------------|\n  | BM25                | 0.176       |\n  | RankFuse (ours)     | 0.231       |",
        "results: BM25 0.176 and ours 0.231");
    assertThat(defects())
        .containsExactlyInAnyOrder(
            "papers/curriculum-dropout.yaml: flaws[0].kind: must be one of untested-claim, stale-baseline, untuned-baseline, uninformative-ablation, contamination, single-seed, post-hoc-metric, no-confidence-intervals, not 'weak-baseline'",
            "papers/curriculum-dropout.yaml: flaws[2].sings: is not a field of this format (known: explanation, id, kind, signs)",
            "papers/curriculum-dropout.yaml: flaws[2].signs: is missing",
            "papers/rankfuse-retrieval.yaml: results: must be a table (Markdown, with | between columns)");
  }

  @Test
  void designsNeedEveryTemplateSectionAndSensiblePilotNumbers() throws IOException {
    edit("designs/mixup-corruption-robustness.yaml", "  sd: 1.2", "  sd: -1.2");
    edit("designs/mixup-corruption-robustness.yaml", "alternative: larger", "alternative: up");
    edit("designs/mixup-corruption-robustness.yaml", "  seeds: |", "  runs: |");
    assertThat(defects())
        .containsExactlyInAnyOrder(
            "designs/mixup-corruption-robustness.yaml: pilot.sd: must be positive, not -1.2",
            "designs/mixup-corruption-robustness.yaml: pilot.alternative: must be two-sided, larger or smaller, not 'up'",
            "designs/mixup-corruption-robustness.yaml: model.runs: is not a field of this format (known: baseline, controls, evaluation_set, falsification, metric, seeds, statistical_test)",
            "designs/mixup-corruption-robustness.yaml: model.seeds: is missing");
  }

  @Test
  void openPromptsNeedAKnownFieldAndEveryReferencePart() throws IOException {
    edit("open/multimodal-grounding.yaml", "field: multimodal", "field: vision");
    edit("open/multimodal-grounding.yaml", "  experiment: Build", "  plan: Build");
    assertThat(defects())
        .containsExactlyInAnyOrder(
            "open/multimodal-grounding.yaml: field: must be one of retrieval, alignment, efficient-inference, multimodal, long-context, not 'vision'",
            "open/multimodal-grounding.yaml: reference.plan: is not a field of this format (known: current_approaches, experiment, problem, solution_needs)",
            "open/multimodal-grounding.yaml: reference.experiment: is missing");
  }

  @Test
  void aMissingFolderIsNamed() throws IOException {
    try (Stream<Path> files = Files.list(bank.resolve("designs"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(bank.resolve("designs"));
    assertThat(defects())
        .containsExactly("designs/: is missing (one YAML file per item goes there)");
  }
}
