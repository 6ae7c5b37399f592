package dev.allclose.interview.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.interview.design.DesignScorer;
import dev.allclose.interview.mock.Rubric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bank that ships: valid, complete, and covering what issue 5 asks for. */
class BuiltInBankTest {
  private static final QuestionBank BANK = QuestionBank.builtIn();

  @Test
  void theBuiltInBankHasNoDefect() {
    assertThat(BankReader.validate(QuestionBank.builtInRoot())).isEmpty();
  }

  @Test
  void everyQuestionHasEveryField() {
    assertThat(BANK.questions()).hasSizeGreaterThanOrEqualTo(36);
    for (Question q : BANK.questions()) {
      assertThat(q.prompt()).as(q.id()).isNotBlank();
      assertThat(q.assessment()).as(q.id()).isNotEmpty();
      assertThat(q.keyPoints()).as(q.id()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(q.pitfalls()).as(q.id()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(q.followUps()).as(q.id()).hasSizeBetween(2, 3);
      assertThat(q.modelAnswer()).as(q.id()).isNotBlank();
      assertThat(q.roles()).as(q.id()).isNotEmpty();
      assertThat(q.source()).as(q.id()).isNotBlank();
    }
  }

  @Test
  void noPointThatIsPrintedOrScoredCarriesALineBreakOfTheYaml() {
    List<String> points = new ArrayList<>();
    for (Question q : BANK.questions()) {
      points.addAll(q.assessment());
      points.addAll(q.keyPoints());
      points.addAll(q.pitfalls());
      points.addAll(q.followUps());
    }
    for (Paper p : BANK.papers()) {
      points.add(p.claim());
      p.flaws().forEach(f -> points.addAll(f.signs()));
      p.flaws().forEach(f -> points.add(f.explanation()));
    }
    DesignScorer designs = new DesignScorer(new Rubric(BANK));
    for (DesignPrompt d : BANK.designs()) {
      points.add(d.hypothesis());
      points.addAll(d.pitfalls());
      designs.score(d, Map.of()).sections().stream()
          .flatMap(s -> s.points().stream())
          .forEach(c -> points.add(c.keyPoint()));
      d.model().values().forEach(points::add);
    }
    for (OpenPrompt o : BANK.openPrompts()) {
      points.addAll(o.reference().values());
      points.addAll(o.papers());
    }
    assertThat(points).hasSizeGreaterThan(400).noneMatch(p -> p.contains("\n"));
  }

  @Test
  void everyDiscussionProblemOfTheCatalogHasItsQuestion() {
    Set<Integer> covered =
        BANK.questions().stream()
            .map(Question::catalog)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    assertThat(covered).containsAll(IntStream.rangeClosed(35, 45).boxed().toList());
  }

  @Test
  void everyAreaHoldsEnoughQuestionsForASession() {
    for (Area area : Area.values()) {
      assertThat(BANK.questions().stream().filter(q -> q.area() == area).count())
          .as(area.id())
          .isGreaterThanOrEqualTo(4);
    }
    for (Role role : Role.values()) {
      assertThat(BANK.questions().stream().filter(q -> q.roles().contains(role)).count())
          .as(role.id())
          .isGreaterThanOrEqualTo(15);
    }
  }

  @Test
  void theCritiqueRoundHasEightPapersPlantingEveryKindOfFlaw() {
    assertThat(BANK.papers()).hasSizeGreaterThanOrEqualTo(8);
    Set<FlawKind> kinds = EnumSet.noneOf(FlawKind.class);
    BANK.papers().forEach(p -> p.flaws().forEach(f -> kinds.add(f.kind())));
    assertThat(kinds).containsExactlyInAnyOrder(FlawKind.values());
    assertThat(BANK.papers()).anyMatch(p -> p.ablation() == null);
  }

  @Test
  void designAndOpenProblemRoundsCoverTheirTemplateAndFields() {
    assertThat(BANK.designs()).hasSizeGreaterThanOrEqualTo(3);
    BANK.designs().forEach(d -> assertThat(d.model()).containsOnlyKeys(DesignSection.values()));
    assertThat(BANK.openPrompts().stream().map(OpenPrompt::field).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(OpenField.values());
    BANK.openPrompts()
        .forEach(
            o -> assertThat(o.reference().keySet()).containsExactlyInAnyOrder(OpenPart.values()));
    assertThat(Arrays.stream(OpenField.values()).map(OpenField::id))
        .contains("retrieval", "alignment", "efficient-inference", "multimodal", "long-context");
  }
}
