package dev.allclose.problems.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.problems.BuiltInPackages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated sparse-matmul cases hold the situations their javadoc and the editorial promise.
 */
class SparseMatmulCasesTest {
  private static final List<TestCase> CASES =
      BuiltInPackages.cases("sparse-matmul", new SparseMatmulCases());

  /** The contract promises canonical inputs: sorted, distinct columns, no stored zeros. */
  @Test
  void everyInputIsCanonicalCsr() {
    for (TestCase c : CASES) {
      for (String m : List.of("a_", "b_")) {
        long[] indptr = longs(c, m + "indptr");
        long[] indices = longs(c, m + "indices");
        double[] data = c.inputs().get(m + "data").toDoubleArray();
        assertThat(indptr[0]).as(c.name()).isZero();
        assertThat(indptr[indptr.length - 1]).as(c.name()).isEqualTo(indices.length);
        assertThat(data).as(c.name()).doesNotContain(0.0);
        for (int i = 0; i + 1 < indptr.length; i++) {
          for (long p = indptr[i] + 1; p < indptr[i + 1]; p++) {
            assertThat(indices[(int) p]).as(c.name()).isGreaterThan(indices[(int) p - 1]);
          }
        }
      }
    }
  }

  /**
   * Emitting columns in first-reached order differs from sorted order in every hidden case but two.
   */
  @Test
  void insertionOrderDiffersFromSortedOrderInAllButTheTinyCases() {
    List<String> sortedAnyway = new ArrayList<>();
    for (TestCase c : CASES) {
      if (!firstReachedOrderIsUnsortedSomewhere(c)) {
        sortedAnyway.add(c.name());
      }
    }
    assertThat(sortedAnyway).containsExactlyInAnyOrder("sample-2", "zero-product", "one-by-one");
  }

  /** Products that reach an entry but sum to exactly 0.0: a solution keeping them fails. */
  @Test
  void theCancellationCasesHaveEntriesThatSumToExactlyZero() {
    for (String name : List.of("integer-cancellation", "rows-cancel")) {
      TestCase c = named(name);
      assertThat(reachedEntries(c)).as(name).isGreaterThan(longs(c, "expected-indices").length);
    }
    long[] indptr = expectedLongs(named("rows-cancel"), "indptr");
    assertThat(indptr[1]).isZero();
    assertThat(indptr[2]).isEqualTo(indptr[1]);
  }

  @Test
  void hugeSparseCarriesItsOwnLimitsAndWouldBeEightyGigabytesDense() {
    TestCase c = named("huge-sparse");
    long[] shape = longs(c, "a_shape");
    assertThat(shape).containsExactly(100_000L, 100_000L);
    assertThat(8.0 * shape[0] * shape[1]).isGreaterThan(7.9e10);
    assertThat(c.memoryMb()).isEqualTo(SparseMatmulCases.HUGE_MEMORY_MB);
    assertThat(c.timeMs()).isEqualTo(SparseMatmulCases.HUGE_TIME_MS);
    assertThat(c.limitNote()).contains("80 GB");
  }

  @Test
  void theEdgeCasesArePresent() {
    assertThat(expectedLongs(named("zero-product"), "indices")).isEmpty();
    assertThat(longs(named("one-by-one"), "a_shape")).containsExactly(1L, 1L);
    assertThat(longs(named("thin-inner"), "a_shape")[1]).isEqualTo(2);
    long[] emptyRowsIndptr = longs(named("empty-rows"), "a_indptr");
    boolean hasEmptyRow = false;
    for (int i = 0; i + 1 < emptyRowsIndptr.length; i++) {
      hasEmptyRow |= emptyRowsIndptr[i] == emptyRowsIndptr[i + 1];
    }
    assertThat(hasEmptyRow).isTrue();
    assertThat(CASES.stream().filter(TestCase::visible)).hasSize(2);
  }

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = BuiltInPackages.cases("sparse-matmul", new SparseMatmulCases());
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).as(CASES.get(i).name()).isEqualTo(CASES.get(i).inputs());
    }
  }

  private static boolean firstReachedOrderIsUnsortedSomewhere(TestCase c) {
    long[] aIndptr = longs(c, "a_indptr");
    long[] aIndices = longs(c, "a_indices");
    long[] bIndptr = longs(c, "b_indptr");
    long[] bIndices = longs(c, "b_indices");
    for (int i = 0; i + 1 < aIndptr.length; i++) {
      Set<Long> order = new LinkedHashSet<>();
      for (long p = aIndptr[i]; p < aIndptr[i + 1]; p++) {
        int k = (int) aIndices[(int) p];
        for (long q = bIndptr[k]; q < bIndptr[k + 1]; q++) {
          order.add(bIndices[(int) q]);
        }
      }
      long previous = -1;
      for (long j : order) {
        if (j < previous) {
          return true;
        }
        previous = j;
      }
    }
    return false;
  }

  /** How many (i, j) some product A[i,k] B[k,j] reaches. */
  private static long reachedEntries(TestCase c) {
    long[] aIndptr = longs(c, "a_indptr");
    long[] aIndices = longs(c, "a_indices");
    long[] bIndptr = longs(c, "b_indptr");
    long[] bIndices = longs(c, "b_indices");
    long total = 0;
    for (int i = 0; i + 1 < aIndptr.length; i++) {
      Set<Long> reached = new LinkedHashSet<>();
      for (long p = aIndptr[i]; p < aIndptr[i + 1]; p++) {
        int k = (int) aIndices[(int) p];
        for (long q = bIndptr[k]; q < bIndptr[k + 1]; q++) {
          reached.add(bIndices[(int) q]);
        }
      }
      total += reached.size();
    }
    return total;
  }

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static long[] longs(TestCase c, String input) {
    if (input.startsWith("expected-")) {
      return expectedLongs(c, input.substring("expected-".length()));
    }
    return c.inputs().get(input).toLongArray();
  }

  private static long[] expectedLongs(TestCase c, String result) {
    return c.expected().get(result).toLongArray();
  }
}
