package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.cli.CliHarness.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command {@code today} suggests runs as printed, on every day of a plan of each focus, the
 * interview day and the day after included: its exit status is 0, and what it says it does is done.
 */
class TodaySuggestionsCliTest {
  /** A command in backticks, or one that ends a line after an arrow or a colon. */
  private static final Pattern COMMAND =
      Pattern.compile("`(allclose [^`]+)`|(?:->|:)\\s+(allclose \\S[^`\\n]*)$", Pattern.MULTILINE);

  /** Answers for the interactive commands: a title, then a line and an empty line per part. */
  private static final String ANSWERS =
      "A title\n" + "We cut the error by 20% in 3 weeks on 2 datasets.\n\n".repeat(12);

  @TempDir Path tmp;

  static List<String> commands(String printed) {
    List<String> out = new ArrayList<>();
    Matcher m = COMMAND.matcher(printed);
    while (m.find()) {
      out.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
    }
    return out;
  }

  @Test
  void theCommandsAreFoundWhereverTodayPrintsThem() {
    assertThat(
            commands(
                """
                 1. [ ] #3 Beam Search Decoding (30 min)  ->  allclose start 3
                 2. [ ] Day-before checklist: `allclose checklist day-before` (30 min)
                Tick a task when done: allclose today --done 2
                """))
        .containsExactly(
            "allclose start 3", "allclose checklist day-before", "allclose today --done 2");
  }

  @Test
  void everySuggestionOfAnEngineerPlanRuns() throws Exception {
    everySuggestionRuns("engineer", 14);
  }

  @Test
  void everySuggestionOfAScientistPlanRuns() throws Exception {
    everySuggestionRuns("scientist", 21);
  }

  private void everySuggestionRuns(String focus, int days) throws Exception {
    CliHarness cli = new CliHarness(tmp, "2026-03-02T14:00:00Z", "UTC");
    LocalDate start = LocalDate.parse("2026-03-02");

    Run none = cli.run("today");
    assertThat(none.exit()).isEqualTo(2);
    List<String> first = commands(none.err());
    assertThat(first).singleElement().asString().startsWith("allclose plan --interview ");
    Run planned = runInProcess(cli, first.get(0));
    assertThat(planned.out()).contains("Study plan for a research-engineer interview");

    LocalDate interview = start.plusDays(days);
    Run made =
        cli.run(
            "plan",
            "--start",
            start.toString(),
            "--interview",
            interview.toString(),
            "--focus",
            focus,
            "--daily-minutes",
            "90");
    assertThat(made.exit()).as(made.err()).isZero();

    Set<String> started = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (LocalDate day = start; !day.isAfter(interview.plusDays(1)); day = day.plusDays(1)) {
      cli.clock.set(day + "T14:00:00Z");
      Run today = cli.run("today");
      assertThat(today.exit()).as(day + ": " + today.err()).isZero();
      for (String command : commands(today.out())) {
        if (command.startsWith("allclose start ")) {
          started.add(command);
        } else if (seen.add(command)) {
          Run r = runInProcess(cli, command);
          assertThat(r.exit()).as(day + ": " + command + "\n" + r.out() + r.err()).isZero();
          if (command.startsWith("allclose plan --interview")) {
            assertThat(r.out()).contains("Study plan for");
          }
        }
      }
    }
    assertThat(seen)
        .as("the day before, the day itself and the day after each suggest something")
        .contains("allclose checklist day-before", "allclose checklist day-of")
        .anyMatch(c -> c.startsWith("allclose questions"))
        .anyMatch(c -> c.startsWith("allclose plan --interview"));
    if (focus.equals("scientist")) {
      assertThat(seen)
          .contains("allclose talk outline", "allclose talk rehearse", "allclose stories project");
    }

    // start writes into the folder it runs in, so it runs as a process of its own, there
    assertThat(started).isNotEmpty();
    Path work = Files.createDirectories(tmp.resolve("work"));
    for (String command : started) {
      Run written = runAsProcess(command, work);
      assertThat(written.exit()).as(command + "\n" + written.err()).isZero();
      assertThat(written.out()).contains("Wrote ").contains("Submit:");
    }
    String again = started.iterator().next();
    Run second = runAsProcess(again, work);
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("exists already: kept as it is").contains("Submit:");
  }

  private static Run runInProcess(CliHarness cli, String command) {
    return cli.input(ANSWERS, args(command));
  }

  private static String[] args(String command) {
    assertThat(command).startsWith("allclose ");
    return command.substring("allclose ".length()).split(" ");
  }

  /** Runs the command line in a new JVM in {@code folder}, with this test's home and class path. */
  private Run runAsProcess(String command, Path folder) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-cp");
    line.add(System.getProperty("java.class.path"));
    line.add(Main.class.getName());
    line.addAll(List.of(args(command)));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(line)
            .directory(folder.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("ALLCLOSE_HOME", tmp.resolve("home").toString());
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
