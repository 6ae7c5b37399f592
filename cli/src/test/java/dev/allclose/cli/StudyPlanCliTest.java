package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.cli.CliHarness.Run;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan}, {@code today} and {@code progress --stats/--export} end to end from a fresh
 * database: the real catalog, real judge processes, and a clock the test moves day by day.
 */
class StudyPlanCliTest {
  @TempDir Path tmp;
  CliHarness cli;

  @BeforeEach
  void fresh() {
    // 09:00 in New York on Monday 2 March 2026
    cli = new CliHarness(tmp, "2026-03-02T14:00:00Z", "America/New_York");
  }

  Path file(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  static String line(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("");
  }

  private static final Pattern PLAN_ROW =
      Pattern.compile("^[> ] +\\w{3} (\\d{4}-\\d{2}-\\d{2}) +.+? +(\\d+)  .*$");

  /**
   * The day the plan gave a review: the first day from today (the row marked {@code >}) whose
   * minutes had room for it, so no earlier day of the plan may have had that room.
   */
  static LocalDate reviewDay(String plan, String problem, int minutes) {
    boolean fromToday = false;
    for (String row : plan.lines().toList()) {
      Matcher m = PLAN_ROW.matcher(row);
      if (!m.matches()) {
        continue;
      }
      fromToday |= row.startsWith(">");
      if (!fromToday) {
        continue;
      }
      int booked = Integer.parseInt(m.group(2));
      if (row.contains("[ ] Review " + problem)) {
        assertThat(booked).as(row).isLessThanOrEqualTo(120);
        return LocalDate.parse(m.group(1));
      }
      assertThat(booked + minutes)
          .as("a day with room before the review's: " + row)
          .isGreaterThan(120);
    }
    throw new AssertionError("no review of " + problem + " in the plan:\n" + plan);
  }

  @Test
  void aPlanIsMadeShownExportedAndAdaptsToWhatHappens() throws Exception {
    Path ics = tmp.resolve("out/plan.ics");
    Run made =
        cli.run(
            "plan", "--start", "2026-03-02", "--interview", "2026-04-13", "--ics", ics.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(made.out())
        .contains("Study plan for a research-engineer interview on Mon 2026-04-13")
        .contains("2026-03-02 to 2026-04-12, 42 days, 120 min a day")
        .contains("Wrote the plan to " + ics);
    assertThat(line(made.out(), "Mon 2026-03-02"))
        .startsWith(">")
        .contains("Core implementations")
        .contains("[ ] #1 Multi-Head Self-Attention");
    assertThat(line(made.out(), "Sun 2026-04-12")).contains("Day-before checklist");

    Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    VEvent first = events.get(0);
    assertThat(first.getDateTimeStart().getDate()).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(first.getDescription().getValue())
        .isEqualTo("[ ] #1 Multi-Head Self-Attention (40 min)");
    VEvent last = events.get(events.size() - 1);
    assertThat(last.getDateTimeStart().getDate()).isEqualTo(LocalDate.parse("2026-04-13"));
    assertThat(last.getSummary().getValue()).isEqualTo("Interview day");

    Run today = cli.run("today");
    assertThat(today.out())
        .contains("Today, Mon 2026-03-02: day 1 of 42; the interview is in 42 days.")
        .contains("Phase: Core implementations")
        .contains(" 1. [ ] #1 Multi-Head Self-Attention (40 min)  ->  allclose start 1");

    // Wednesday: Monday's and Tuesday's problems were missed and move to today
    cli.clock.advance(Duration.ofDays(2));
    Run wednesday = cli.run("today");
    assertThat(wednesday.out())
        .contains("day 3 of 42")
        .contains("#1 Multi-Head Self-Attention")
        .contains("moved here from 2026-03-02")
        .contains("moved here from 2026-03-03");

    // an accepted submission ticks #1; a later rejected one brings it back for review
    Path good = file("mha.py", CliTest.MHA);
    assertThat(cli.run("submit", "1", good.toString()).exit()).isZero();
    assertThat(cli.run("today").out()).contains("[x] #1 Multi-Head Self-Attention");
    cli.clock.advance(Duration.ofHours(1));
    Path bad = file("bad.py", CliTest.MHA.replace(" / np.sqrt(d_k)", ""));
    assertThat(cli.run("submit", "1", bad.toString()).exit()).isEqualTo(1);
    Run plan = cli.run("plan");
    assertThat(line(plan.out(), "Wed 2026-03-04")).contains("[x] #1 Multi-Head Self-Attention");
    LocalDate reviewDay = reviewDay(plan.out(), "#1 Multi-Head Self-Attention", 40);
    assertThat(cli.run("plan").out()).as("adapting twice adds nothing twice").isEqualTo(plan.out());

    Run stats = cli.run("progress", "--stats");
    assertThat(stats.exit()).isZero();
    assertThat(line(stats.out(), "1 Paper implementation")).contains(" 1 ");
    assertThat(stats.out())
        .contains("Multi-Head Self-Attention")
        .contains("1 to accept")
        .contains("Streak: 1 day now, 1 day at best; last practice 2026-03-04.")
        .contains("Weakest topics:");

    Path md = tmp.resolve("tracker.md");
    Run exported = cli.run("progress", "--export", "md", md.toString());
    assertThat(exported.out()).startsWith("Wrote ").contains("(Markdown).");
    assertThat(Files.readString(md))
        .startsWith("| # | Problem | Status | Date | Time | Notes |\n")
        .contains("| 1 | Multi-Head Self-Attention | solved | 2026-03-04 |");
    Path csv = tmp.resolve("tracker.csv");
    assertThat(cli.run("progress", "--export", "csv", csv.toString()).exit()).isZero();
    assertThat(Files.readAllLines(csv))
        .first()
        .isEqualTo("number,problem,status,date,time_minutes,notes");
    assertThat(Files.readString(csv)).contains("1,Multi-Head Self-Attention,solved,2026-03-04,");
    assertThat(cli.run("progress").out()).contains("1 of ").contains("solved");

    cli.clock.set(reviewDay + "T14:00:00Z");
    assertThat(cli.run("today").out())
        .contains("[ ] Review #1 Multi-Head Self-Attention (40 min)  ->  allclose start 1");
  }

  @Test
  void theInterviewIsTheReviewDeadlineAndSpacedRepetitionBringsSolvedProblemsBack()
      throws Exception {
    assertThat(cli.run("plan", "--start", "2026-03-02", "--interview", "2026-04-13").exit())
        .isZero();
    assertThat(cli.run("review", "--json").out()).contains("\"deadline\" : \"2026-04-13\"");

    Path good = file("mha.py", CliTest.MHA);
    assertThat(cli.run("submit", "1", good.toString()).exit()).isZero();
    assertThat(cli.run("today").out())
        .contains("[x] #1 Multi-Head Self-Attention")
        .doesNotContain("Review #1");
    // FSRS schedules a problem in days: a first "good" is due three days on, not ten minutes
    cli.clock.advance(Duration.ofDays(2));
    assertThat(cli.run("today").out()).doesNotContain("Review #1");
    cli.clock.advance(Duration.ofDays(1));
    assertThat(cli.run("review").out()).contains("#1 Multi-Head Self-Attention");
    LocalDate reviewDay = reviewDay(cli.run("plan").out(), "#1 Multi-Head Self-Attention", 40);
    cli.clock.set(reviewDay + "T14:00:00Z");
    assertThat(cli.run("today").out())
        .contains("[ ] Review #1 Multi-Head Self-Attention (40 min)  ->  allclose start 1");

    Run moved = cli.run("review", "--deadline", "2026-04-20");
    assertThat(moved.exit()).isZero();
    assertThat(moved.err())
        .contains("the study plan still aims at 2026-04-13")
        .contains("allclose plan --interview 2026-04-20");
  }

  @Test
  void tasksAreTickedByHandAndAScientistPlanFollowsItsTimeline() {
    Run made =
        cli.run(
            "plan", "--focus", "scientist", "--interview", "2026-04-20", "--daily-minutes", "90");
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(made.out()).contains("research-scientist interview").contains("90 min a day");
    Run today = cli.run("today");
    assertThat(today.out())
        .contains("Phase: Foundations and portfolio")
        .contains("[ ] Project brief 1")
        .contains("Tick a task when done: allclose today --done");
    String item = line(today.out(), "Project brief 1").strip().substring(0, 1);
    assertThat(cli.run("today", "--done", item).out()).contains("[x] Project brief 1");
    assertThat(cli.run("today", "--undo", item).out()).contains("[ ] Project brief 1");
    Run wrong = cli.run("today", "--done", "9");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).startsWith("allclose: today's plan has items 1 to ");

    cli.clock.set("2026-04-20T13:00:00Z");
    assertThat(cli.run("today").out()).contains("Today is the interview.");
    cli.clock.set("2026-02-20T13:00:00Z");
    Run early = cli.run("plan", "--start", "2026-03-02", "--interview", "2026-03-05");
    assertThat(early.out()).contains("Note: ").contains("more than the usual");
    assertThat(cli.run("today").out()).contains("The plan starts on Mon 2026-03-02, in 10 days");
  }

  @Test
  void badRequestsAreOneLineUsageErrors() {
    Run none = cli.run("today");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err())
        .startsWith(
            "allclose: no study plan yet; make one with your interview's date, such as"
                + " `allclose plan --interview 2026-04-13` for six weeks from today");
    assertThat(cli.run("plan").err()).startsWith("allclose: no study plan yet");
    Run backwards = cli.run("plan", "--start", "2026-03-02", "--interview", "2026-03-01");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err().strip())
        .isEqualTo("allclose: the interview (2026-03-01) must come after the start (2026-03-02)");
    assertThat(cli.run("plan", "--interview", "2026-05-01", "--focus", "manager").err())
        .contains("--focus must be engineer or scientist, not 'manager'");
    assertThat(cli.run("plan", "--interview", "2026-05-01", "--daily-minutes", "5").err())
        .contains("--daily-minutes must be between 15 and 720, not 5");
    assertThat(cli.run("plan", "--start", "2026-03-02").err())
        .contains("make a new plan: add --interview DATE");
    Run date = cli.run("plan", "--interview", "next friday");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err())
        .startsWith(
            "Invalid value for option '--interview': 'next friday' is not a date written YYYY-MM-DD")
        .doesNotContain("Exception");
    Run format = cli.run("progress", "--export", "pdf", "x.pdf");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--export takes md or csv and a file, not 'pdf'");
  }
}
