package dev.allclose.interview.coverage;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an answer appears to cover a key point. */
public enum Verdict {
  COVERED,
  PARTLY,
  MISSED;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
