package dev.allclose.reference.assignment;

import static dev.allclose.reference.Tolerances.GOLDEN_ATOL;
import static dev.allclose.reference.Tolerances.GOLDEN_RTOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NestedArrays;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import dev.allclose.reference.assignment.LinearSumAssignment.Assignment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reference against {@code make_hungarian.py} (SciPy's linear_sum_assignment,
 * cross-checked by brute force over all assignments up to 8 x 8): the same refusals, the same
 * optimal total, a valid assignment, and SciPy's very indices where the optimum is unique.
 */
class LinearSumAssignmentTest {
  static List<Golden> oracles() {
    return GoldenCases.besideScript(
        LinearSumAssignmentTest.class, "make_hungarian.py", "hungarian-");
  }

  private static double[][] cost(Golden g) {
    int[] shape = g.get("cost").shape();
    return shape[0] == 0 ? new double[0][] : NestedArrays.toMatrix(g.get("cost"));
  }

  private static Assignment run(Golden g) {
    return LinearSumAssignment.linearSumAssignment(cost(g), g.flag("maximize"));
  }

  @Test
  void theOracleFolderHoldsEveryCase() {
    assertThat(oracles()).hasSize(28);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithSciPy(Golden g) {
    if (g.flag("raises")) {
      assertThatThrownBy(() -> run(g)).as(g.name()).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    double[][] cost = cost(g);
    Assignment a = run(g);
    int k = Math.min(g.get("cost").shape()[0], g.get("cost").shape()[1]);
    assertThat(a.rowInd()).as("%s: row_ind", g.name()).hasSize(k).isSorted();
    assertThat(Arrays.stream(a.rowInd()).distinct().count()).isEqualTo(k);
    assertThat(Arrays.stream(a.colInd()).distinct().count()).as("distinct columns").isEqualTo(k);
    double expected = g.scalar("total");
    assertThat(a.total(cost))
        .as("%s: total", g.name())
        .isCloseTo(expected, within(GOLDEN_ATOL + GOLDEN_RTOL * Math.abs(expected)));
    if (g.flag("unique")) {
      assertThat(a.rowInd()).as("%s: row_ind", g.name()).isEqualTo(g.get("out_0").toLongArray());
      assertThat(a.colInd()).as("%s: col_ind", g.name()).isEqualTo(g.get("out_1").toLongArray());
    }
  }

  @Test
  void theRefusalsSaySciPysWords() {
    double inf = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> solve(new double[][] {{1, Double.NaN}}, false))
        .hasMessage("matrix contains invalid numeric entries");
    assertThatThrownBy(() -> solve(new double[][] {{1, inf}}, true))
        .hasMessage("matrix contains invalid numeric entries");
    assertThatThrownBy(() -> solve(new double[][] {{inf, 1}, {inf, 2}}, false))
        .hasMessage("cost matrix is infeasible");
    assertThatThrownBy(() -> solve(new double[][] {{1, 2}, {3}}, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maximisingAllowsMinusInfinityAsAForbiddenPair() {
    double inf = Double.POSITIVE_INFINITY;
    Assignment a = solve(new double[][] {{-inf, 5}, {1, -inf}}, true);
    assertThat(a.colInd()).containsExactly(1, 0);
  }

  private static Assignment solve(double[][] cost, boolean maximize) {
    return LinearSumAssignment.linearSumAssignment(cost, maximize);
  }
}
