package dev.allclose.judge.compare;

/**
 * How much of the expected values a report may show. A sample case's report shows them (the
 * candidate has the inputs and could compute them by hand); a hidden case's report shows where and
 * by how much the answer is off, never the expected values themselves, so the hidden cases cannot
 * be read back one failed submission at a time.
 */
public enum Disclosure {
  /** Expected values, errors and positions. */
  EXPECTED_VALUES,
  /** Errors and positions only. */
  ERRORS_ONLY;

  /** The disclosure for a case: expected values on sample cases only. */
  public static Disclosure forCase(boolean visible) {
    return visible ? EXPECTED_VALUES : ERRORS_ONLY;
  }
}
