package dev.allclose.harness.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The kinds of steps a case makes (see {@link Manifest.Call}); named in JSON in lower case. */
public enum Op {
  /** Call a function. */
  @JsonProperty("call")
  CALL,
  /** Construct the class; later steps act on the object. */
  @JsonProperty("new")
  NEW,
  /** Call a method of the object once. */
  @JsonProperty("method")
  METHOD,
  /** Call a one-argument method once per element of the single argument array. */
  @JsonProperty("each")
  EACH,
  /** Membership per element: Python {@code x in obj}, Java {@code obj.contains(x)}. */
  @JsonProperty("in")
  IN,
  /** Read an attribute (Python) or call the no-argument method (Java). */
  @JsonProperty("get")
  GET,
  /**
   * Call a function that must refuse its input: the one result is true when it raised the
   * contract's error (Python {@code ValueError}, Java {@code IllegalArgumentException}, or a
   * subclass), false when it returned. Any other exception fails the case as usual.
   */
  @JsonProperty("raises")
  RAISES;

  /** The name in JSON and in {@code cases.json}: {@code call}, {@code new}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
