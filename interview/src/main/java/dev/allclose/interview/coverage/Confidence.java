package dev.allclose.interview.coverage;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far to trust an automatic coverage verdict (see {@link KeyPointCoverage}). */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
