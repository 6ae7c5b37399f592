package dev.allclose.judge;

import java.util.Locale;

/** Which cases a judgement runs. */
public enum Mode {
  /** The visible sample cases: what {@code allclose test} runs while working. */
  TEST,
  /** Every case, sample and hidden: what {@code allclose submit} records. */
  SUBMIT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode whose {@link #id} is {@code id}.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Mode fromId(String id) {
    for (Mode m : values()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no mode '" + id + "'");
  }
}
