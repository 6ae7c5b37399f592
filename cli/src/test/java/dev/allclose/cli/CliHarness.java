package dev.allclose.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line with a home folder, a scripted standard input and a clock the test
 * controls: set it, move it, or queue steps so that each reading moves it on (a rehearsal timer).
 */
final class CliHarness {
  /** What one invocation printed and returned. */
  record Run(int exit, String out, String err) {}

  /** A clock the test sets; queued steps are taken one per reading, after the reading. */
  static final class TestClock extends Clock {
    private final ZoneId zone;
    private Instant now;
    private final Deque<Duration> steps = new ArrayDeque<>();

    TestClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return new TestClock(now, z);
    }

    @Override
    public Instant instant() {
      Instant t = now;
      Duration step = steps.poll();
      if (step != null) {
        now = now.plus(step);
      }
      return t;
    }

    void set(String instant) {
      now = Instant.parse(instant);
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    void then(Duration... more) {
      steps.addAll(java.util.List.of(more));
    }
  }

  private final Path home;
  private final Path userHome;
  final TestClock clock;

  CliHarness(Path tmp, String now, String zone) {
    this.home = tmp.resolve("home");
    this.userHome = tmp;
    this.clock = new TestClock(Instant.parse(now), ZoneId.of(zone));
  }

  Run run(String... args) {
    return input("", args);
  }

  Run input(String stdin, String... args) {
    Environment env =
        new Environment(
            Map.of("ALLCLOSE_HOME", home.toString()),
            userHome,
            false,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            clock);
    return execute(env, args);
  }

  /** Runs one command line in {@code env}, capturing what it prints. */
  static Run execute(Environment env, String... args) {
    CommandLine cmd = Main.commandLine(env, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
