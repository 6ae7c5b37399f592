package dev.allclose.plan.talk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times a run through a talk against its budget, one section at a time: {@link #start()} starts the
 * first section, each {@link #next()} ends the current one and starts the following. Times come
 * from the given clock (a test gives a fixed or stepping one). Not thread-safe.
 */
public final class RehearsalTimer {
  private final TalkBudget budget;
  private final Clock clock;
  private final List<SectionTiming> done = new ArrayList<>();
  private Instant started = Instant.EPOCH;
  private Instant sectionStart = Instant.EPOCH;

  public RehearsalTimer(TalkBudget budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  public Instant start() {
    started = clock.instant();
    sectionStart = started;
    return started;
  }

  /** The section being timed, if any is left. */
  public Optional<SectionBudget> current() {
    return done.size() < budget.sections().size()
        ? Optional.of(budget.sections().get(done.size()))
        : Optional.empty();
  }

  /**
   * Ends the current section now.
   *
   * @throws IllegalStateException when every section is already done
   */
  public SectionTiming next() {
    SectionBudget section =
        current().orElseThrow(() -> new IllegalStateException("the rehearsal is over"));
    Instant now = clock.instant();
    Duration planned =
        budget.sections().subList(0, done.size() + 1).stream()
            .map(SectionBudget::time)
            .reduce(Duration.ZERO, Duration::plus);
    SectionTiming timing =
        new SectionTiming(
            section, Duration.between(sectionStart, now), Duration.between(started, now), planned);
    done.add(timing);
    sectionStart = now;
    return timing;
  }

  public List<SectionTiming> timings() {
    return List.copyOf(done);
  }
}
