package dev.allclose.interview.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.statistics.inference.AlternativeHypothesis;

/**
 * The alternative hypothesis about a difference (second sample minus first): it differs, it is
 * larger than zero, or it is smaller. Spelled as in the command line ({@code two-sided}, {@code
 * larger}, {@code smaller}); SciPy calls the one-sided ones {@code greater} and {@code less}.
 */
public enum Alternative {
  TWO_SIDED("two-sided", AlternativeHypothesis.TWO_SIDED),
  LARGER("larger", AlternativeHypothesis.GREATER_THAN),
  SMALLER("smaller", AlternativeHypothesis.LESS_THAN);

  private final String id;
  private final AlternativeHypothesis commons;

  Alternative(String id, AlternativeHypothesis commons) {
    this.id = id;
    this.commons = commons;
  }

  @JsonValue
  public String id() {
    return id;
  }

  AlternativeHypothesis commons() {
    return commons;
  }

  /** The alternative named {@code id} (case-insensitive), if there is one. */
  public static Optional<Alternative> fromId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.id.equals(wanted)).findFirst();
  }

  /**
   * A p-value for this alternative from the two one-sided ones, as SciPy's {@code permutation_test}
   * combines them: the two-sided value doubles the smaller and is capped at 1.
   */
  double combine(double pLess, double pGreater) {
    return switch (this) {
      case LARGER -> pGreater;
      case SMALLER -> pLess;
      case TWO_SIDED -> Math.min(1.0, 2 * Math.min(pLess, pGreater));
    };
  }
}
