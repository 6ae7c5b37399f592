package dev.allclose.interview.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.interview.bank.Area;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.bank.Role;
import dev.allclose.interview.review.Rating;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MockPlanTest {
  private static final QuestionBank BANK = QuestionBank.builtIn();

  @Test
  void aPresetAsksThreeToFiveQuestionsInEachOfItsAreasPreferringItsRole() {
    for (Preset p : Preset.values()) {
      List<Question> q = MockPlan.choose(BANK, p.areas(), 4, p.role(), 7, Set.of());
      assertThat(q).hasSize(12);
      for (Area a : p.areas()) {
        assertThat(q).filteredOn(x -> x.area() == a).hasSize(4);
      }
      assertThat(q).allMatch(x -> x.roles().contains(p.role()));
    }
  }

  @Test
  void theSeedFixesTheDrawAndDueQuestionsComeFirst() {
    List<Area> areas = List.of(Area.CORE_CONCEPTS);
    assertThat(MockPlan.choose(BANK, areas, 3, null, 1, Set.of()))
        .isEqualTo(MockPlan.choose(BANK, areas, 3, null, 1, Set.of()));
    assertThat(
            MockPlan.choose(
                BANK, areas, 3, Role.RESEARCH_ENGINEER, 1, Set.of("kmeans-from-scratch")))
        .extracting(Question::id)
        .doesNotContain("kmeans-from-scratch"); // a research-scientist question: role comes first
    assertThat(MockPlan.choose(BANK, areas, 3, null, 1, Set.of("kmeans-from-scratch")))
        .extracting(Question::id)
        .contains("kmeans-from-scratch");
    assertThatThrownBy(() -> MockPlan.choose(BANK, areas, 6, null, 1, Set.of()))
        .hasMessageContaining("3 to 5");
  }

  @Test
  void selfScoresBecomeAShareAndAReviewRating() {
    assertThat(Rubric.share(List.of(2, 2, 1, 0))).isEqualTo(5 / 8.0);
    assertThat(Rating.fromScore(0.2)).isEqualTo(Rating.AGAIN);
    assertThat(Rating.fromScore(5 / 8.0)).isEqualTo(Rating.HARD);
    assertThat(Rating.fromScore(0.75)).isEqualTo(Rating.GOOD);
    assertThat(Rating.fromScore(1.0)).isEqualTo(Rating.EASY);
  }
}
