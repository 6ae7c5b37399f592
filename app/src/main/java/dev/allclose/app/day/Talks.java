package dev.allclose.app.day;

import dev.allclose.plan.talk.SectionTiming;
import dev.allclose.plan.talk.TalkBudget;
import dev.allclose.store.RehearsalSection;
import dev.allclose.store.Store;
import dev.allclose.store.StoredTalk;
import dev.allclose.store.TalkSlide;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The research talk: its current outline and the rehearsals timed against its budget. A rehearsal
 * belongs to the outline when both are of the same length. Thread-safe.
 */
public final class Talks {
  private final Supplier<Store> store;

  public Talks(Supplier<Store> store) {
    this.store = store;
  }

  /** The latest outline, if one was written. */
  public Optional<StoredTalk> current() {
    return store.get().talks().current();
  }

  /** Stores a new outline, which becomes the current one. */
  public StoredTalk outline(String title, int minutes, List<TalkSlide> slides) {
    return store.get().talks().save(title, minutes, slides);
  }

  /** Stores a finished rehearsal, linked to the current outline when it has the same length. */
  public void recordRehearsal(TalkBudget budget, Instant started, List<SectionTiming> timings) {
    store
        .get()
        .talks()
        .recordRehearsal(
            current().filter(t -> t.minutes() == budget.minutes()).map(StoredTalk::id).orElse(null),
            budget.minutes(),
            started,
            timings.stream()
                .map(
                    t ->
                        new RehearsalSection(
                            t.section().id(), t.section().time().toMillis(), t.actual().toMillis()))
                .toList());
  }
}
