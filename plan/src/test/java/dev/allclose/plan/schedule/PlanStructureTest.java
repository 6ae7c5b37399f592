package dev.allclose.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.plan.content.ContentException;
import dev.allclose.plan.content.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanStructureTest {
  static final String VALID =
      """
      focus: engineer
      title: T
      minutes_per_day: 90
      phases:
        - id: a
          title: A
          weeks: 1
          problems: [{section: 1, numbers: "1-6"}]
        - id: b
          title: B
          weeks: 2
          others: true
          tasks: [{id: t, title: Do it, minutes: 30}]
      """;

  @Test
  void theShippedStructuresAreValid() {
    for (Focus focus : Focus.values()) {
      PlanStructure s = PlanStructure.load(focus);
      assertThat(s.focus()).isEqualTo(focus);
      assertThat(s.phases()).isNotEmpty();
    }
    assertThat(PlanStructure.load(Focus.ENGINEER).phases())
        .extracting(Phase::title)
        .containsExactly(
            "Core implementations",
            "Advanced implementations",
            "Mathematics",
            "Research coding",
            "Paper discussion",
            "Integration and mock interviews");
  }

  @Test
  void aValidStructureReads() {
    PlanStructure s = PlanStructure.read(ContentFiles.parse(VALID, "x.yaml"));
    assertThat(s.phases().get(0).problems()).containsExactly(new ProblemSelector(1, 1, 6));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "focus: engineer|focus: manager|x.yaml: focus: must be engineer or scientist, not 'manager'",
        "weeks: 2|weeks: 0|x.yaml: phases[1].weeks: must be between 1 and 8, not 0",
        "\"1-6\"|\"6-1\"|x.yaml: phases[0].problems[0].numbers: must be a range such as \"1-6\", not '6-1'",
        "minutes: 30|minutes: lots|x.yaml: phases[1].tasks[0].minutes: must be a whole number, not 'lots'",
        "others: true|others: false|x.yaml: phases: exactly one phase must say 'others: true' (found 0)",
        "title: Do it|titel: Do it|x.yaml: phases[1].tasks[0].titel: is not a known field (expected one of id, title, minutes)",
        "id: b|id: a|x.yaml: phases: the id 'a' is used twice",
        "minutes_per_day: 90|minutes_per_day: 5|x.yaml: minutes_per_day: must be between 15 and 720, not 5",
      })
  void defectsAreNamedPrecisely(String from, String to, String message) {
    String broken = VALID.replace(from, to);
    assertThat(broken).isNotEqualTo(VALID);
    assertThatThrownBy(() -> PlanStructure.read(ContentFiles.parse(broken, "x.yaml")))
        .isInstanceOf(ContentException.class)
        .hasMessage(message);
  }

  @Test
  void notYamlOrNotAMappingIsNamed() {
    assertThatThrownBy(() -> ContentFiles.parse("- a\n- b\n", "x.yaml"))
        .hasMessage("x.yaml: must be a YAML mapping of fields");
    assertThatThrownBy(() -> ContentFiles.parse("a: [1, 2\n", "x.yaml"))
        .hasMessageStartingWith("x.yaml: is not valid YAML at line");
  }
}
