package dev.allclose.plan.schedule;

import dev.allclose.plan.Apportionment;
import java.util.List;

/**
 * Shares a number of days among weighted phases in proportion to their weights ({@link
 * Apportionment#largestRemainder}). When there are at least as many days as phases, every phase
 * gets one day before the rest is shared.
 */
final class DaySplit {
  private DaySplit() {}

  static int[] split(int days, List<Integer> weights) {
    int each = days >= weights.size() ? 1 : 0;
    int[] out = Apportionment.largestRemainder(days - each * weights.size(), weights);
    for (int i = 0; i < out.length; i++) {
      out[i] += each;
    }
    return out;
  }
}
