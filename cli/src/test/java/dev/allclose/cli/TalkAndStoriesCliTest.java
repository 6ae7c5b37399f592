package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.cli.CliHarness.Run;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talk} and {@code stories} from a fresh database, with scripted answers on stdin. */
class TalkAndStoriesCliTest {
  @TempDir Path tmp;
  CliHarness cli;

  @BeforeEach
  void fresh() {
    cli = new CliHarness(tmp, "2026-03-02T14:00:00Z", "Europe/London");
  }

  @Test
  void theTalkBudgetFollowsTheSplit() {
    Run r = cli.run("talk", "--minutes", "45");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("A 45-minute talk (questions come after): 24 slides.")
        .containsPattern("Motivation +10% +4:30 +5 +title and the one-line takeaway 1")
        .containsPattern("Method +35% +15:45 +5")
        .containsPattern("Evidence +40% +18:00 +11 +results 6, ablations 3, error analysis 2")
        .containsPattern("Limits and roadmap +15% +6:45 +3")
        .contains("No outline yet");
    assertThat(cli.run("talk", "plan", "--minutes", "60").out())
        .contains("60-minute talk")
        .contains("24:00");
    Run bad = cli.run("talk", "--minutes", "20");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("allclose: --minutes: a talk lasts one of [30, 45, 60] minutes, not 20");
  }

  @Test
  void anOutlineIsStoredAndARehearsalWarnsOnOverruns() {
    Run outline =
        cli.input(
            "Physics-aware grid control\n"
                + "Outages cost hours\nWhat earlier controllers miss\n\n"
                + "The constrained loss\n\n"
                + "Main result\nAblation of the constraint\n\n"
                + "Limits\nNext year\n\n",
            "talk",
            "outline",
            "--minutes",
            "30");
    assertThat(outline.exit()).as(outline.err()).isZero();
    assertThat(outline.out())
        .contains("Saved the outline.")
        .contains("Physics-aware grid control (30 minutes, 7 slides)")
        .contains("   3. The constrained loss")
        .contains("Note: Evidence: 2 slides, the budget is 7 (room for more)");
    assertThat(cli.run("talk", "outline", "--show").out()).contains("   7. Next year");
    assertThat(cli.run("talk").out()).contains("Outline \"Physics-aware grid control\": 7 slides");

    // readings of the clock: start, then the end of each section
    cli.clock.then(
        Duration.ofSeconds(200),
        Duration.ofSeconds(600),
        Duration.ofSeconds(760),
        Duration.ofSeconds(240));
    Run rehearsal = cli.input("\n\n\n\n\n", "talk", "rehearse");
    assertThat(rehearsal.exit()).as(rehearsal.err()).isZero();
    assertThat(rehearsal.out())
        .contains("Rehearsing a 30-minute talk.")
        .contains("Motivation: 3:00 for slides 1-4.")
        .contains("Motivation took 3:20: WARNING, 0:20 over its 3:00.")
        .contains("The talk is 0:20 behind its plan.")
        .contains("Method took 10:00, 0:30 to spare.")
        .contains("Evidence took 12:40: WARNING, 0:40 over its 12:00.")
        .contains("Limits and roadmap took 4:00, 0:30 to spare.")
        .contains("Total 30:00 of 30:00, 0:00 to spare. 2 of 4 sections overran. Saved.");

    Run stopped = cli.input("\n\n", "talk", "rehearse");
    assertThat(stopped.exit()).isEqualTo(2);
    assertThat(stopped.err()).contains("the rehearsal stopped");
    Run untitled = cli.input("", "talk", "outline");
    assertThat(untitled.exit()).isEqualTo(2);
    assertThat(untitled.err()).contains("the talk needs a title");
  }

  @Test
  void storiesAreWrittenCheckedAndCompleted() {
    assertThat(cli.run("stories").out())
        .containsPattern("Conflict +conflict +none yet")
        .contains("Stories: none yet.");
    Run added =
        cli.input(
            "Baseline dispute\n"
                + "Two teams wanted the same GPUs in the week before a deadline, and neither would wait.\n\n"
                + "Short.\n\n"
                + "I proposed a shared queue, measured real usage for a week, and split the budget by\n"
                + "measured need, which both leads accepted after one meeting.\n\n"
                + "Both papers shipped on time and nobody complained.\n\n"
                + "\n",
            "stories",
            "add",
            "conflict");
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("Story 1: Baseline dispute (Conflict)")
        .contains("Gap: Task: thin (1 words; aim for 8 or more)")
        .contains("Gap: Result: no figure")
        .contains("Gap: Learning: missing")
        .contains("Fill them: allclose stories edit story 1");

    Run check = cli.run("stories", "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out())
        .contains("Prompt Failure: no story yet (allclose stories add failure)")
        .contains("story 1 (Baseline dispute): Learning: missing")
        .contains("Portfolio: no project brief yet");

    Run edited =
        cli.input(
            "I had to find a split both leads would accept before Friday.\n\n"
                + "Both papers shipped; queue waits fell from 9 hours to 40 minutes.\n\n"
                + "Measure a disagreement before arguing about it; data ends most disputes.\n\n",
            "stories",
            "edit",
            "story",
            "1");
    assertThat(edited.out()).contains("Complete.");
    assertThat(cli.run("stories", "show", "story", "1").out()).contains("queue waits fell");

    Run project =
        cli.input(
            "Grid control needs to respect physical limits that learned controllers ignore.\n\n\n\n\n\n\n\n\n",
            "stories",
            "project",
            "--title",
            "Safe RL for grids");
    assertThat(project.out())
        .contains("Project brief 1: Safe RL for grids")
        .contains("Gap: Gap: missing");
    assertThat(cli.run("stories").out()).containsPattern("1 +Safe RL for grids +Gap, Idea");
    assertThat(cli.run("stories", "add", "bravery").err())
        .contains("no prompt 'bravery'; the prompts are conflict, failure, leadership");
    assertThat(cli.run("stories", "show", "story", "7").err()).contains("no story 7");
    assertThat(cli.run("stories", "show", "tale", "1").err())
        .contains("the kind is story or project");
    assertThat(cli.run("stories", "remove", "story", "1").out()).contains("Removed story 1");
    assertThat(cli.run("stories").out()).contains("Stories: none yet.");
  }
}
