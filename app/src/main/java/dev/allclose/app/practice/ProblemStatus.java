package dev.allclose.app.practice;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.allclose.store.ProgressRow;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a problem stands for the user. The one rule both front ends show: solved once a full
 * submission is accepted; attempted once anything was judged or the user gave up; todo otherwise.
 * Opening a problem, starting its clock or writing a note changes nothing here.
 */
public enum ProblemStatus {
  TODO,
  ATTEMPTED,
  SOLVED;

  static ProblemStatus of(ProgressRow facts, boolean gaveUp) {
    if (facts.solved()) {
      return SOLVED;
    }
    return facts.runs() > 0 || gaveUp ? ATTEMPTED : TODO;
  }

  /** The word the tracker, {@code --json} and the API use. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProblemStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
