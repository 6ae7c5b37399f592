package dev.allclose.interview.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Adjusts the p-values of several tests run together, so that comparing each adjusted value with
 * alpha controls an error rate over the whole family.
 *
 * <ul>
 *   <li>{@link #BONFERRONI}: {@code min(1, m p_i)}; controls the family-wise error rate.
 *   <li>{@link #HOLM}: step-down (Holm, "A simple sequentially rejective multiple test procedure",
 *       Scand. J. Statist. 6(2):65-70, 1979): with p sorted ascending, {@code max_{j <= i} min(1,
 *       (m - j + 1) p_(j))}; controls the family-wise error rate and rejects at least what
 *       Bonferroni rejects.
 *   <li>{@link #BH}: step-up (Benjamini and Hochberg, "Controlling the false discovery rate", J. R.
 *       Statist. Soc. B 57(1):289-300, 1995): {@code min_{j >= i} min(1, m p_(j) / j)}; controls
 *       the false discovery rate for independent tests. Same values as SciPy's {@code
 *       false_discovery_control(ps, method='bh')}.
 * </ul>
 *
 * Adjusted values come back in the order of the input. O(m log m).
 */
public enum PValueAdjustment {
  BONFERRONI("bonferroni"),
  HOLM("holm"),
  BH("bh");

  private final String id;

  PValueAdjustment(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Optional<PValueAdjustment> fromId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
  }

  /** The adjusted p-values, in input order. */
  public double[] adjust(double[] p) {
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("a p-value must be between 0 and 1, not " + v);
      }
    }
    int m = p.length;
    Integer[] order =
        IntStream.range(0, m)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> p[i]))
            .toArray(Integer[]::new);
    double[] adjusted = new double[m];
    switch (this) {
      case BONFERRONI -> {
        for (int i = 0; i < m; i++) {
          adjusted[i] = Math.min(1.0, m * p[i]);
        }
      }
      case HOLM -> {
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
          int i = order[rank];
          running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
          adjusted[i] = running;
        }
      }
      case BH -> {
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
          int i = order[rank];
          running = Math.min(running, m * p[i] / (rank + 1));
          adjusted[i] = Math.min(1.0, running);
        }
      }
    }
    return adjusted;
  }
}
