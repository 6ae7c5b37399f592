package dev.allclose.reference.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.Rng;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TopK against an independent oracle: a full stable sort of all indices by value descending (the
 * JDK's merge sort on boxed indices), on seeded random arrays of several kinds.
 */
class TopKTest {
  private static final int TRIALS = 300;

  /** The oracle: every index, sorted by value descending, ties by index ascending. */
  private static int[] fullSortPrefix(double[] x, int k) {
    Comparator<Integer> byValueDescending =
        (a, b) -> x[a] > x[b] ? -1 : x[a] < x[b] ? 1 : Integer.compare(a, b);
    Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, byValueDescending);
    return Arrays.stream(order, 0, k).mapToInt(Integer::intValue).toArray();
  }

  /** Arrays of the kinds the cases use: continuous, heavy ties, all equal, with infinities. */
  private static double[] randomArray(Rng rng, int n, int kind) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] =
          switch (kind) {
            case 0 -> rng.nextGaussian();
            case 1 -> rng.nextInt(4) - 2;
            case 2 -> 0.25;
            default -> {
              int r = rng.nextInt(6);
              yield r == 0
                  ? Double.POSITIVE_INFINITY
                  : r == 1 ? Double.NEGATIVE_INFINITY : rng.nextInt(3) - 1.5;
            }
          };
    }
    return x;
  }

  @ParameterizedTest(name = "kind {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void agreesWithAFullSort(int kind) {
    Rng rng = new Rng(2500 + kind);
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = rng.nextInt(1, 200);
      double[] x = randomArray(rng, n, kind);
      for (int k : new int[] {1, n, rng.nextInt(1, n)}) {
        assertThat(TopK.select(x, k))
            .as("trial %d, n=%d, k=%d, x=%s", trial, n, k, Arrays.toString(x))
            .containsExactly(fullSortPrefix(x, k));
      }
    }
  }

  @Test
  void smallExampleByHand() {
    double[] x = {3, 1, 3, 2, 5};
    assertThat(TopK.select(x, 3)).containsExactly(4, 0, 2);
    assertThat(TopK.select(x, 5)).containsExactly(4, 0, 2, 3, 1);
  }

  @Test
  void allEqualValuesComeBackInIndexOrder() {
    double[] x = new double[1000];
    Arrays.fill(x, -7.5);
    assertThat(TopK.select(x, 10)).containsExactly(IntStream.range(0, 10).toArray());
  }

  @Test
  void negativeZeroTiesWithZero() {
    double[] x = {-0.0, 0.0, -1.0, -0.0};
    assertThat(TopK.select(x, 3)).containsExactly(0, 1, 3);
  }

  @Test
  void largeMonotoneInputsAgreeWithTheOracle() {
    int n = 200_000;
    double[] ascending = new double[n];
    double[] descending = new double[n];
    for (int i = 0; i < n; i++) {
      ascending[i] = i;
      descending[i] = -i;
    }
    assertThat(TopK.select(ascending, 50)).containsExactly(fullSortPrefix(ascending, 50));
    assertThat(TopK.select(descending, 50)).containsExactly(fullSortPrefix(descending, 50));
  }

  @Test
  void resultIsAPermutationPrefixThatDominatesTheRest() {
    Rng rng = new Rng(25);
    double[] x = randomArray(rng, 5000, 1);
    int k = 777;
    int[] top = TopK.select(x, k);
    boolean[] chosen = new boolean[x.length];
    for (int i : top) {
      assertThat(chosen[i]).as("index %d twice", i).isFalse();
      chosen[i] = true;
    }
    double weakest = x[top[k - 1]];
    for (int i = 0; i < x.length; i++) {
      if (!chosen[i]) {
        assertThat(x[i] < weakest || (x[i] == weakest && i > top[k - 1])).isTrue();
      }
    }
  }

  @Test
  void kZeroGivesAnEmptyResult() {
    assertThat(TopK.select(new double[] {1, 2}, 0)).isEmpty();
  }

  @Test
  void rejectsKOutsideRangeAndNaN() {
    assertThatThrownBy(() -> TopK.select(new double[] {1, 2}, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopK.select(new double[] {1, 2}, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TopK.select(new double[] {1, Double.NaN}, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
