package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.store.InterviewRecord;
import org.jspecify.annotations.Nullable;

/** Which interview a command means: the one named, else the latest, else one called "next". */
final class InterviewChoice {
  static final String DEFAULT = "next";

  private InterviewChoice() {}

  static InterviewRecord resolve(AllcloseCommand root, @Nullable String name) {
    dev.allclose.store.Interviews store = root.services().store().interviewDays();
    if (name != null) {
      return store.save(name.strip(), null, null, null);
    }
    return store.latest().orElseGet(() -> store.save(DEFAULT, null, null, null));
  }
}
