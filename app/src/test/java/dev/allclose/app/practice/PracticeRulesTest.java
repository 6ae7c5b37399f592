package dev.allclose.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.NewSubmission;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of working on a problem, as both front ends get them from the application layer: what
 * counts as attempted and solved, what the tracker shows, when hints and the editorial open.
 */
class PracticeRulesTest {
  @TempDir Path home;
  private Workbench app;
  private ProblemPackage rope;

  @BeforeEach
  void open() {
    app = new Workbench(home, List.of(), warning -> {});
    rope = app.problem("rope");
  }

  private void record(String kind, String verdict) {
    app.store()
        .submissions()
        .record(
            new NewSubmission(
                rope.slug(), kind, "python", "rope.py", "pass", verdict, 0, 1, 5, "{}", List.of()));
  }

  private TrackedProblem row() {
    return app.tracker().row(rope);
  }

  @Test
  void openingStartingOrNotingAProblemLeavesItTodo() {
    app.practice().open(rope);
    app.practice().start(rope, Language.PYTHON, home.resolve("rope.py"));
    app.practice().note(rope, "look at the pairs of dimensions", false);

    assertThat(row().status()).isEqualTo(ProblemStatus.TODO);
    assertThat(row().note()).isEqualTo("look at the pairs of dimensions");
  }

  @Test
  void aJudgedRunMakesItAttemptedAndAnAcceptedSubmissionSolved() {
    app.practice().start(rope, Language.PYTHON, null);
    record("test", "wrong_answer");
    assertThat(row().status()).isEqualTo(ProblemStatus.ATTEMPTED);
    assertThat(row().attempts()).isZero();

    record("submit", "accepted");
    assertThat(row().status()).isEqualTo(ProblemStatus.SOLVED);
    assertThat(row().attempts()).isEqualTo(1);
  }

  @Test
  void anUnsolvedProblemShowsNoTimeAndASolvedOneItsTimeToSolve() {
    app.practice().start(rope, Language.PYTHON, null);
    record("submit", "wrong_answer");
    assertThat(row().timeMs()).isNull();

    record("submit", "accepted");
    assertThat(row().timeMs()).isNotNull().isNotNegative();
  }

  @Test
  void theEditorialOpensAfterAnAcceptedSubmission() {
    assertThat(app.practice().access(rope).editorialOpen()).isFalse();
    assertThatThrownBy(() -> app.practice().editorial(rope))
        .isInstanceOfSatisfying(
            AppException.class, e -> assertThat(e.kind()).isEqualTo(AppException.Kind.REFUSED))
        .hasMessageContaining("give up");

    record("submit", "accepted");

    assertThat(app.practice().access(rope).editorialOpen()).isTrue();
    assertThat(app.practice().editorial(rope)).isEqualTo(rope.editorial());
  }

  @Test
  void givingUpOpensTheEditorialAndCountsAsAnAttempt() {
    assertThat(app.practice().giveUp(rope)).isEqualTo(rope.editorial());

    assertThat(app.practice().access(rope).editorialOpen()).isTrue();
    assertThat(row().status()).isEqualTo(ProblemStatus.ATTEMPTED);
  }

  @Test
  void hintsOpenOneLevelAtATimeAndStayOpen() {
    assertThat(app.practice().shownHints(rope)).isEmpty();
    assertThat(app.practice().revealNextHint(rope).level()).isEqualTo(1);
    assertThat(app.practice().revealUpTo(rope, 0)).hasSize(1);
    assertThat(app.practice().revealUpTo(rope, rope.hints().size())).hasSize(rope.hints().size());
    assertThatThrownBy(() -> app.practice().revealNextHint(rope))
        .hasMessageContaining("already shown");
    assertThatThrownBy(() -> app.practice().revealUpTo(rope, rope.hints().size() + 1))
        .hasMessageContaining("hint level");
  }

  @Test
  void anInterviewClosesHintsEditorialAndGivingUpEvenOnceSolved() {
    app.practice().revealNextHint(rope);
    record("submit", "accepted");
    app.interviews().start(rope, Language.PYTHON);

    ProblemAccess during = app.practice().access(rope);
    assertThat(during.editorialOpen()).isFalse();
    assertThat(during.hintsShown()).isZero();
    assertThat(during.runningInterview()).isPresent();
    for (Runnable closed :
        List.<Runnable>of(
            () -> app.practice().editorial(rope),
            () -> app.practice().giveUp(rope),
            () -> app.practice().revealNextHint(rope))) {
      assertThatThrownBy(closed::run)
          .isInstanceOfSatisfying(
              AppException.class, e -> assertThat(e.kind()).isEqualTo(AppException.Kind.REFUSED))
          .hasMessageContaining("interview");
    }
  }

  @Test
  void oneInterviewRunsAtATime() {
    var first = app.interviews().start(rope, Language.PYTHON);

    assertThatThrownBy(() -> app.interviews().start(app.problem("lora"), Language.PYTHON))
        .isInstanceOfSatisfying(
            AppException.class, e -> assertThat(e.kind()).isEqualTo(AppException.Kind.CONFLICT))
        .hasMessageContaining("#" + rope.metadata().number());

    app.interviews().finish(first.id());
    assertThat(app.interviews().start(app.problem("lora"), Language.PYTHON).running()).isTrue();
  }

  @Test
  void aDraftTooLargeIsRefusedAndTheStarterIsTheFirstDraft() {
    assertThat(app.practice().draft(rope, Language.PYTHON))
        .isEqualTo(Practice.read(rope.starter(Language.PYTHON).orElseThrow()));
    String huge = "#".repeat(Practice.MAX_DRAFT_CHARS + 1);
    assertThatThrownBy(() -> app.practice().saveDraft(rope, Language.PYTHON, huge))
        .hasMessageContaining("at most");
  }
}
