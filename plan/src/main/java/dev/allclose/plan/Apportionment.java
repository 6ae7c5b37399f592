package dev.allclose.plan;

import java.util.List;

/**
 * Shares a whole number of units (days, slides) among weighted claimants in proportion to their
 * weights, by the largest remainder method (Hamilton's apportionment): each claimant gets the whole
 * part of its quota {@code total * weight / sum of weights}, and the units left over go one each to
 * the largest fractional parts, earlier claimants first on ties. The shares add up to {@code total}
 * and each is less than one unit from its quota. Exact: integer arithmetic only. Stateless.
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * The shares of {@code total} by {@code weights}, in the weights' order.
   *
   * @throws IllegalArgumentException when a weight is negative, or units are to be shared and every
   *     weight is zero
   */
  public static int[] largestRemainder(int total, List<Integer> weights) {
    int n = weights.size();
    int[] out = new int[n];
    long sum = weights.stream().mapToLong(Integer::longValue).sum();
    if (weights.stream().anyMatch(w -> w < 0) || (total > 0 && sum == 0)) {
      throw new IllegalArgumentException("cannot share " + total + " by the weights " + weights);
    }
    if (total == 0) {
      return out;
    }
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long quota = (long) total * weights.get(i);
      out[i] = (int) (quota / sum);
      given += out[i];
      remainders[i] = quota % sum;
    }
    for (int left = total - given; left > 0; left--) {
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
