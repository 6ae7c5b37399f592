package dev.allclose.plan.schedule;

import java.util.List;

/**
 * Shares a number of days among weighted phases in proportion to their weights, by the largest
 * remainder method (Hamilton's apportionment): each phase gets the whole part of its quota, and the
 * days left go to the largest fractional parts, earlier phases first on ties. When there are at
 * least as many days as phases, every phase gets one day before the rest is shared.
 */
final class DaySplit {
  private DaySplit() {}

  static int[] split(int days, List<Integer> weights) {
    int n = weights.size();
    int[] out = new int[n];
    int left = days;
    if (days >= n) {
      java.util.Arrays.fill(out, 1);
      left -= n;
    }
    long total = weights.stream().mapToLong(Integer::longValue).sum();
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long share = (long) left * weights.get(i);
      out[i] += (int) (share / total);
      given += (int) (share / total);
      remainders[i] = share % total;
    }
    for (int extra = left - given; extra > 0; extra--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      out[best]++;
      remainders[best] = -1;
    }
    return out;
  }
}
