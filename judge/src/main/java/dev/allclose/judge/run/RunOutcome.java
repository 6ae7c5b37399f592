package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one harness process: the events it reported and how it ended. Raw facts only;
 * deciding verdicts from them is the judge's job.
 *
 * @param runningCase the case that had begun but not ended when the process stopped, if any
 * @param exitCode the exit status; 128 + n when killed by signal n
 * @param output the process's own stdout and stderr (not the solution's per-case prints), tail
 */
public record RunOutcome(
    List<Event> events,
    Termination termination,
    @Nullable String runningCase,
    int exitCode,
    String output) {

  public RunOutcome {
    events = List.copyOf(events);
  }

  /** How the process ended. */
  public enum Termination {
    /** It reported {@code done} or {@code fatal} and exited. */
    FINISHED,
    /** The supervisor killed it: a case (or the start-up) ran past its time. */
    TIMED_OUT,
    /** The supervisor killed it: it wrote more to stdout/stderr than allowed. */
    OUTPUT_OVERFLOW,
    /** It exited without saying it was done (exit(), a crash, a signal). */
    EXITED_EARLY
  }

  public Optional<Event> fatal() {
    return events.stream().filter(e -> e.event().equals("fatal")).findFirst();
  }

  public Optional<Event> end(String caseName) {
    return events.stream()
        .filter(e -> e.event().equals("end") && caseName.equals(e.caseName()))
        .findFirst();
  }

  /** The signal that killed the process, if a signal did. */
  public Optional<Integer> signal() {
    return exitCode > 128 && exitCode < 128 + 65 ? Optional.of(exitCode - 128) : Optional.empty();
  }
}
