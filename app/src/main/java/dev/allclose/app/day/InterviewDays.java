package dev.allclose.app.day;

import dev.allclose.app.AppException;
import dev.allclose.store.InterviewRecord;
import dev.allclose.store.Interviews;
import dev.allclose.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The interviews the user prepares for, by name: each one's role, team and day, the questions
 * picked to ask, and the ticks of its checklists. Thread-safe.
 */
public final class InterviewDays {
  /** The interview a command means when none is named and none exists yet. */
  public static final String DEFAULT = "next";

  private final Supplier<Store> store;

  public InterviewDays(Supplier<Store> store) {
    this.store = store;
  }

  /** Which interview a command means: the one named (made if new), else the latest, else "next". */
  public InterviewRecord choose(@Nullable String name) {
    Interviews days = days();
    if (name != null) {
      return days.save(name.strip(), null, null, null);
    }
    return days.latest().orElseGet(() -> days.save(DEFAULT, null, null, null));
  }

  /** A named interview, or a refusal that says how to make one. */
  public InterviewRecord named(String name) {
    return days()
        .get(name.strip())
        .orElseThrow(
            () ->
                AppException.notFound(
                    "no interview '"
                        + name
                        + "'; pick questions with `allclose questions pick "
                        + name
                        + "`"));
  }

  /** The interview made or changed last, if any. */
  public Optional<InterviewRecord> latest() {
    return days().latest();
  }

  /** A named interview, if it exists. */
  public Optional<InterviewRecord> find(String name) {
    return days().get(name.strip());
  }

  /** Makes or updates an interview and replaces the questions picked for it. */
  public InterviewRecord pick(
      String name,
      @Nullable String role,
      @Nullable String team,
      @Nullable LocalDate day,
      List<String> questionIds) {
    InterviewRecord i = days().save(name.strip(), role, team, day);
    days().pick(i.name(), questionIds);
    return i;
  }

  /** The ids of the questions picked for an interview, in order. */
  public List<String> picks(InterviewRecord interview) {
    return days().picks(interview.name());
  }

  /** Ticks (or unticks) items of one of an interview's checklists; returns the ticked items. */
  public Set<String> tick(
      InterviewRecord interview, String checklist, List<String> itemIds, boolean ticked) {
    days().tick(interview.name(), checklist, itemIds, ticked);
    return ticks(interview, checklist);
  }

  /** The ticked items of one of an interview's checklists. */
  public Set<String> ticks(InterviewRecord interview, String checklist) {
    return days().ticks(interview.name(), checklist);
  }

  private Interviews days() {
    return store.get().interviewDays();
  }
}
