package dev.allclose.plan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBankContentTest {
  static final StoryBankContent BANK = StoryBankContent.load();

  @Test
  void theSixPromptsAndTheStarlAndBriefPartsShip() {
    assertThat(BANK.prompts())
        .extracting(Prompt::id)
        .containsExactly(
            "conflict", "failure", "leadership", "speed-quality", "mentoring", "cross-team");
    assertThat(BANK.storyParts())
        .extracting(PartSpec::id)
        .containsExactly("situation", "task", "action", "result", "learning");
    assertThat(BANK.projectParts())
        .extracting(PartSpec::id)
        .containsExactly(
            "problem", "gap", "idea", "method", "evidence", "limitations", "next-steps", "impact");
  }

  @Test
  void missingThinAndUnquantifiedPartsAreFlagged() {
    Map<String, String> story =
        Map.of(
            "situation",
                "Two teams wanted the same GPUs for a deadline in the same week, and neither would wait.",
            "task", "Short.",
            "action",
                "I proposed a shared queue, measured each team's real usage for a week, and split the"
                    + " budget by the measured need, which both leads accepted after one meeting.",
            "result", "Both papers shipped on time and nobody complained again.");
    assertThat(CompletenessCheck.gaps(BANK.storyParts(), story))
        .extracting(Gap::toString)
        .containsExactly(
            "Task: thin (1 words; aim for 8 or more)",
            "Result: no figure (say by how much, how many or how often)",
            "Learning: missing");
    Map<String, String> fixed =
        Map.of(
            "situation", story.get("situation"),
            "task", "I had to find a split that both leads would accept before Friday.",
            "action", story.get("action"),
            "result", "Both papers shipped on time; queue waits fell from 9 hours to 40 minutes.",
            "learning",
                "Measure the disagreement before arguing about it; data ends most disputes.");
    assertThat(CompletenessCheck.gaps(BANK.storyParts(), fixed)).isEmpty();
  }
}
