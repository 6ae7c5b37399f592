package dev.allclose.interview.coverage;

/** Whether an answer appears to cover a key point. */
public enum Verdict {
  COVERED,
  PARTLY,
  MISSED;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
