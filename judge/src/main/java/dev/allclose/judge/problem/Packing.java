package dev.allclose.judge.problem;

import java.util.Locale;

/** How a call's return value holds its named results. */
public enum Packing {
  /** No return value is read. */
  NONE,
  /** The return value is the one result. */
  SINGLE,
  /** A tuple (Python) or a record / {@code Object[]} (Java) of the results in order. */
  TUPLE,
  /** A dict (Python) or {@code Map<String, ?>} (Java) keyed by the result names. */
  DICT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
