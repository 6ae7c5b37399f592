package dev.allclose.problems.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInPackages;
import dev.allclose.reference.search.GridAStar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker of problem 27 on the package's own cases and on hand-made grids: every cheapest path
 * passes, and each kind of wrong path is rejected with a message that says why.
 */
class GridPathCheckerTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("a-star");
  private static final List<TestCase> CASES = BuiltInPackages.cases("a-star", new GridPathCases());
  private static final GridPathChecker CHECKER = new GridPathChecker();

  @Test
  void theReferencePathPassesEveryCase() {
    for (TestCase c : CASES) {
      assertThat(check(c, c.expected().get("path")).message()).as(c.name()).isEmpty();
    }
  }

  @Test
  void everyCheapestPathPassesNotOnlyTheReferences() {
    TestCase c = grid(new long[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, 0, 0, 2, 2);
    assertThat(check(c, path(0, 0, 0, 1, 0, 2, 1, 2, 2, 2)).accepted()).isTrue();
    assertThat(check(c, path(0, 0, 1, 0, 2, 0, 2, 1, 2, 2)).accepted()).isTrue();
    assertThat(check(c, path(0, 0, 1, 0, 1, 1, 2, 1, 2, 2)).accepted()).isTrue();
  }

  @Test
  void theFewestStepsPathAcrossTheTollIsRejectedByItsCost() {
    TestCase c = BuiltInPackages.named(CASES, "toll-barrier");
    int[][] straight = new int[41][];
    for (int i = 0; i < 41; i++) {
      straight[i] = new int[] {0, i};
    }
    assertThat(check(c, cells(straight)).message())
        .startsWith("path cost 89 but the optimum is 78");
  }

  @Test
  void theTollCasesPunishEveryShortcutThroughTheBarrier() {
    for (String name : List.of("toll-barrier", "toll-barrier-tall")) {
      TestCase c = BuiltInPackages.named(CASES, name);
      long[][] g = GridPathChecker.grid(c.inputs().get("grid"));
      int[] start = GridPathChecker.cell(c.inputs().get("start"));
      int[] goal = GridPathChecker.cell(c.inputs().get("goal"));
      long optimum = GridAStar.optimalCost(g, start, goal);
      assertThat(fewestStepsCost(g, start, goal)).as(name).isGreaterThan(optimum);
    }
  }

  @Test
  void aDiagonalStepIsNamed() {
    TestCase c = grid(new long[][] {{1, 1}, {1, 1}}, 0, 0, 1, 1);
    assertThat(check(c, path(0, 0, 1, 1)).message())
        .isEqualTo(
            "the path goes from (0, 0) to (1, 1) at step 1: a diagonal step; only up, down, left"
                + " and right are allowed");
  }

  @Test
  void wallsJumpsEndsAndTheGridsEdgeAreRejected() {
    TestCase c = grid(new long[][] {{1, 0, 1}, {1, 1, 1}}, 0, 0, 0, 2);
    assertThat(check(c, path(0, 0, 0, 1, 0, 2)).message())
        .isEqualTo("cell 1 of the path, (0, 1), is a wall");
    assertThat(check(c, path(0, 0, 1, 0, 1, 2, 0, 2)).message())
        .isEqualTo("the path goes from (1, 0) to (1, 2) at step 2: not a neighbouring cell");
    assertThat(check(c, path(1, 0, 1, 1, 1, 2, 0, 2)).message())
        .isEqualTo("the path begins at (1, 0), not at the start (0, 0)");
    assertThat(check(c, path(0, 0, 1, 0, 1, 1, 1, 2)).message())
        .isEqualTo("the path ends at (1, 2), not at the goal (0, 2)");
    assertThat(check(c, path(0, 0, -1, 0, 0, 2)).message())
        .isEqualTo("cell 1 of the path, (-1, 0), is outside the 2 x 3 grid");
  }

  @Test
  void anEmptyAnswerMustMatchUnreachability() {
    TestCase open = grid(new long[][] {{1, 2}}, 0, 0, 0, 1);
    assertThat(check(open, path()).message())
        .isEqualTo("returned [], but the goal (0, 1) is reachable from (0, 0) at cost 2");
    TestCase startWall = BuiltInPackages.named(CASES, "start-on-wall");
    assertThat(check(startWall, path(0, 0, 0, 1, 0, 2, 1, 2)).message())
        .isEqualTo("returned a path of 4 cells, but the start (0, 0) is a wall; expected []");
    TestCase cut = BuiltInPackages.named(CASES, "sample-2-unreachable");
    assertThat(check(cut, path(0, 0)).message())
        .isEqualTo(
            "returned a path of 1 cells, but walls cut the goal (2, 2) off from the start (0, 0);"
                + " expected []");
    assertThat(check(cut, path()).accepted()).isTrue();
  }

  @Test
  void floatsOrFlatListsAreUnusable() {
    TestCase c = grid(new long[][] {{1, 1}}, 0, 0, 0, 1);
    NdArray floats = NdArray.ofDoubles(new double[] {0, 0, 0, 1}, 2, 2);
    assertThat(check(c, floats).message())
        .startsWith("path: expected a list of (row, col) pairs of ints; got")
        .contains("list[tuple[int,int]]");
    assertThat(check(c, NdArray.ofLongs(new long[] {0, 0, 0, 1}, 4)).accepted()).isFalse();
  }

  @Test
  void samplesAreVisibleAndTheRandomGridsAreSolvable() {
    assertThat(CASES.stream().filter(TestCase::visible).map(TestCase::name))
        .containsExactly("sample-1-detour", "sample-2-unreachable");
    for (String name :
        List.of(
            "open-field-small", "open-field-heavy", "mixed-walls", "maze-uniform", "large-mixed")) {
      assertThat(BuiltInPackages.named(CASES, name).expected().get("path").dim(0))
          .as(name)
          .isPositive();
    }
    assertThat(BuiltInPackages.named(CASES, "large-mixed").inputs().get("grid").shape())
        .containsExactly(300, 300);
  }

  private static CheckResult check(TestCase c, NdArray actual) {
    Map<String, NdArray> results = Map.of("path", actual);
    Map<String, OutputInfo> infos = Map.of("path", new OutputInfo("list of tuple", true, null));
    return CHECKER.check(
        new CheckContext(META, c, results, infos, CallPlan.of(META, c).resultTypes()));
  }

  private static TestCase grid(long[][] g, int r0, int c0, int r1, int c1) {
    long[] flat = Arrays.stream(g).flatMapToLong(Arrays::stream).toArray();
    return TestCase.hidden("hand-made")
        .input("grid", NdArray.ofLongs(flat, g.length, g[0].length))
        .input("start", NdArray.ofLongs(new long[] {r0, c0}, 2))
        .input("goal", NdArray.ofLongs(new long[] {r1, c1}, 2))
        .build();
  }

  private static NdArray path(long... rowCol) {
    return NdArray.ofLongs(rowCol, rowCol.length / 2, 2);
  }

  private static NdArray cells(int[][] p) {
    List<Long> flat = new ArrayList<>();
    for (int[] cell : p) {
      flat.add((long) cell[0]);
      flat.add((long) cell[1]);
    }
    return path(flat.stream().mapToLong(Long::longValue).toArray());
  }

  /** The cost of the path a breadth-first search by steps returns (neighbours in a fixed order). */
  private static long fewestStepsCost(long[][] g, int[] start, int[] goal) {
    int h = g.length;
    int w = g[0].length;
    int[] parent = new int[h * w];
    Arrays.fill(parent, -2);
    parent[start[0] * w + start[1]] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start[0] * w + start[1]));
    int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int[] m : moves) {
        int r = v / w + m[0];
        int c = v % w + m[1];
        if (r >= 0 && r < h && c >= 0 && c < w && g[r][c] > 0 && parent[r * w + c] == -2) {
          parent[r * w + c] = v;
          queue.add(r * w + c);
        }
      }
    }
    long cost = 0;
    for (int v = goal[0] * w + goal[1]; parent[v] != -1; v = parent[v]) {
      cost += g[v / w][v % w];
    }
    return cost;
  }
}
