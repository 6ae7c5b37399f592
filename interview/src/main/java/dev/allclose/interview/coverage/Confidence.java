package dev.allclose.interview.coverage;

/** How far to trust an automatic coverage verdict (see {@link KeyPointCoverage}). */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
