package dev.allclose.plan.interviewday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.plan.content.ContentFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuestionBankTest {
  static final QuestionBank BANK = QuestionBank.load();

  @Test
  void theShippedBankCoversEveryRoleAndTeamType() {
    assertThat(BANK.roles())
        .extracting(QuestionGroup::id)
        .containsExactly("hiring-manager", "scientist", "engineer", "product", "recruiter");
    assertThat(BANK.teams()).extracting(QuestionGroup::id).containsExactly("rl", "llm", "vision");
    assertThat(BANK.roles()).allMatch(r -> r.questions().size() >= QuestionBank.PICKS);
  }

  @Test
  void theTopThreeMixRoleAndTeam() {
    assertThat(BANK.pick(BANK.role("engineer"), Optional.empty(), Set.of()))
        .extracting(AskQuestion::id)
        .containsExactly("eng-constraints", "eng-path", "eng-monitoring");
    assertThat(BANK.pick(BANK.role("hiring-manager"), BANK.team("llm"), Set.of()))
        .extracting(AskQuestion::id)
        .containsExactly("hm-bets", "hm-90-days", "llm-win");
    assertThat(BANK.pick(Optional.empty(), Optional.empty(), Set.of()))
        .extracting(AskQuestion::id)
        .containsExactly("any-result", "any-bottleneck", "any-fit");
    assertThat(BANK.pick(Optional.empty(), BANK.team("rl"), Set.of()))
        .extracting(AskQuestion::id)
        .containsExactly("rl-safety", "rl-bar", "rl-offline");
  }

  @Test
  void excludedQuestionsGiveWayToTheNextBest() {
    assertThat(
            BANK.pick(BANK.role("hiring-manager"), BANK.team("llm"), Set.of("hm-bets", "llm-win")))
        .extracting(AskQuestion::id)
        .containsExactly("hm-90-days", "hm-path", "llm-hallucination");
  }

  @Test
  void duplicateIdsAreRejected() {
    String yaml =
        """
        roles:
          - {id: r, title: R, questions: [{id: q, text: A}]}
        teams:
          - {id: t, title: T, questions: [{id: q, text: B}]}
        universal: {title: U, questions: [{id: u1, text: x}, {id: u2, text: y}, {id: u3, text: z}]}
        """;
    assertThatThrownBy(() -> QuestionBank.read(ContentFiles.parse(yaml, "questions.yaml")))
        .hasMessage("questions.yaml: the question id 'q' is used twice");
  }

  @Test
  void aQuestionWrappedInTheYamlIsReadAsOneLine() {
    String yaml =
        """
        roles:
          - id: r
            title: R
            questions:
              - id: literal
                text: |
                  Which bets matter most
                  this year?
              - id: folded
                text: >
                  How will you tell
                    whether they paid off?
              - id: plain
                text: What would you
                  change first?
        teams:
          - {id: t, title: T, questions: [{id: t1, text: w}]}
        universal: {title: U, questions: [{id: u1, text: x}, {id: u2, text: y}, {id: u3, text: z}]}
        """;
    assertThat(
            QuestionBank.read(ContentFiles.parse(yaml, "questions.yaml"))
                .roles()
                .get(0)
                .questions())
        .extracting(AskQuestion::text)
        .containsExactly(
            "Which bets matter most this year?",
            "How will you tell whether they paid off?",
            "What would you change first?");
  }

  @Test
  void noShippedQuestionOrChecklistItemCarriesALineBreak() {
    List<String> texts = new ArrayList<>();
    Stream.of(BANK.roles(), BANK.teams(), List.of(BANK.universal()))
        .flatMap(List::stream)
        .forEach(g -> g.questions().forEach(q -> texts.add(q.text())));
    Checklists.load().all().forEach(c -> c.items().forEach(i -> texts.add(i.text())));
    assertThat(texts).hasSizeGreaterThan(30).noneMatch(t -> t.contains("\n"));
  }

  @Test
  void theChecklistsShip() {
    Checklists lists = Checklists.load();
    assertThat(lists.all()).extracting(Checklist::id).containsExactly("day-before", "day-of");
    assertThat(lists.get("day-of").orElseThrow().item(1).orElseThrow().id()).isEqualTo("restate");
    assertThat(lists.get("day-of").orElseThrow().item(99)).isEmpty();
  }
}
