package dev.allclose.cli.interactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Times one answer against its budget, on the environment's clock. */
public final class Stopwatch {
  private final Clock clock;
  private final Instant start;
  private final Duration budget;

  public Stopwatch(Clock clock, Duration budget) {
    this.clock = clock;
    this.start = clock.instant();
    this.budget = budget;
  }

  public Duration elapsed() {
    return Duration.between(start, clock.instant());
  }

  public Duration budget() {
    return budget;
  }

  /** "Time: 3 min 20 s of 5 min." or "... over the budget by 1 min 05 s." */
  public String report() {
    Duration e = elapsed();
    String line = "Time: " + human(e) + " of " + human(budget);
    return e.compareTo(budget) > 0
        ? line + ", over the budget by " + human(e.minus(budget)) + "."
        : line + ".";
  }

  public static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + " s";
    }
    return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + String.format("%02d", s % 60) + " s";
  }
}
