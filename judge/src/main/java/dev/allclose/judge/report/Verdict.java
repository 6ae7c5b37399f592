package dev.allclose.judge.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of a case or of a whole submission. The ids double as the names of the {@code
 * submissions/<verdict>/} folders of a problem package (the Kattis convention).
 */
public enum Verdict {
  ACCEPTED("accepted"),
  WRONG_ANSWER("wrong answer"),
  RUNTIME_ERROR("runtime error"),
  COMPILE_ERROR("compile error"),
  TIME_LIMIT("time limit exceeded"),
  MEMORY_LIMIT("memory limit exceeded"),
  OUTPUT_LIMIT("output limit exceeded"),
  BANNED_CALL("banned call"),
  INTERNAL_ERROR("internal error"),
  /** A case that did not run because an earlier failure stopped the process (cases only). */
  SKIPPED("not run");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The snake_case id used in JSON and in folder names. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Words for people: "wrong answer". */
  public String label() {
    return label;
  }

  public boolean accepted() {
    return this == ACCEPTED;
  }

  public static Optional<Verdict> fromId(String id) {
    for (Verdict v : values()) {
      if (v.id().equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
