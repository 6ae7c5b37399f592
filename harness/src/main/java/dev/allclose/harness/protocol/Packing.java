package dev.allclose.harness.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** How a call's return value holds its named results; named in JSON in lower case. */
public enum Packing {
  /** No return value is read. */
  @JsonProperty("none")
  NONE,
  /** The return value is the one result. */
  @JsonProperty("single")
  SINGLE,
  /** A tuple (Python) or a record / {@code Object[]} (Java) of the results in order. */
  @JsonProperty("tuple")
  TUPLE,
  /** A dict (Python) or {@code Map<String, ?>} (Java) keyed by the result names. */
  @JsonProperty("dict")
  DICT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
