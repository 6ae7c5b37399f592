package dev.allclose.problems.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInPackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the kd-tree cases promise: the traps they set for each wrong solution are really there. */
class KdTreeCasesTest {
  private static final List<TestCase> CASES = BuiltInPackages.cases("kd-tree", new KdTreeCases());

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  @Test
  void theUnitCubeCasesHaveEveryNeighbourCloserThanOne() {
    for (String name : List.of("unit-cube-3d", "unit-cube-2d", "k-equals-one")) {
      NdArray d = named(name).expected().get("dists");
      double max = 0;
      for (int i = 0; i < d.size(); i++) {
        max = Math.max(max, d.getDouble(i));
      }
      assertThat(max).as(name).isLessThan(1.0);
    }
  }

  @Test
  void theLatticeCasesHoldExactTiesResolvedToTheLowerIndex() {
    for (String name : List.of("lattice-ties", "duplicates", "sample-1-lattice")) {
      NdArray d = named(name).expected().get("dists");
      NdArray idx = named(name).expected().get("idx");
      int k = d.dim(1);
      int ties = 0;
      for (int r = 0; r < d.dim(0); r++) {
        for (int j = 1; j < k; j++) {
          int at = r * k + j;
          assertThat(d.getDouble(at)).isGreaterThanOrEqualTo(d.getDouble(at - 1));
          if (d.getDouble(at) == d.getDouble(at - 1)) {
            ties++;
            assertThat(idx.getLong(at)).isGreaterThan(idx.getLong(at - 1));
          }
        }
      }
      assertThat(ties).as(name).isPositive();
    }
  }

  @Test
  void kNeverExceedsNAndTheLargeCaseCarriesItsOwnLimit() {
    // The contract says nothing of k > N, so no case asks for it (the statement makes k <= N a
    // precondition): a correct solution written from the contract alone must not fail on it.
    for (TestCase c : CASES) {
      assertThat(c.inputs().get("k").getLong(0))
          .as(c.name())
          .isLessThanOrEqualTo(c.inputs().get("points").dim(0));
    }
    TestCase large = named("large-3d");
    assertThat(large.inputs().get("points").shape()).containsExactly(KdTreeCases.LARGE_POINTS, 3);
    assertThat(large.inputs().get("q").shape()).containsExactly(KdTreeCases.LARGE_QUERIES, 3);
    assertThat(large.timeMs()).isEqualTo(KdTreeCases.LARGE_TIME_MS);
    assertThat(CASES.stream().filter(TestCase::visible).map(TestCase::name))
        .containsExactly("sample-1-lattice", "sample-2-random-3d");
  }
}
