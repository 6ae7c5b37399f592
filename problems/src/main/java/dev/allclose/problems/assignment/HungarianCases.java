package dev.allclose.problems.assignment;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.assignment.LinearSumAssignment;
import dev.allclose.reference.assignment.LinearSumAssignment.Assignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 29, hungarian, judged by {@link HungarianChecker}: each solvable case stores
 * the reference's assignment as {@code row_ind} and {@code col_ind}, and any assignment with the
 * same total passes.
 *
 * <p>{@code twelve-by-twelve} comes right after the samples: 12! = 479,001,600 permutations stop a
 * brute-force search there. {@code greedy-trap}, the random matrices and most small cases catch a
 * row-by-row greedy choice; every {@code *-maximize} case, several on a matrix already seen
 * minimised, catches an ignored {@code maximize}; the refusals cover NaN, -inf when minimising,
 * +inf when maximising and three kinds of infeasible matrix (a row with no finite entry, a column
 * with none in a tall matrix, two rows competing for one column). {@code large-300} (a rank-one
 * matrix plus noise, where augmenting paths are long) carries a time limit of its own.
 */
public final class HungarianCases implements CaseGenerator {
  /** Side of the large case. */
  static final int LARGE_N = 300;

  /** The large case's time limit; the measurements behind it are in problem.yaml. */
  static final int LARGE_TIME_MS = 6_000;

  static final String LARGE_RULE =
      "This case is 300 x 300: an O(n^3) augmenting path method makes at most 300^3 = 2.7 * 10^7"
          + " reduced-cost updates, while there are 300! possible assignments";

  static final String FUNCTION = "linear_sum_assignment";

  private static final double INF = Double.POSITIVE_INFINITY;

  /** Whether a case passes {@code maximize}, and which. */
  enum Goal {
    /** {@code maximize} left out: the default, minimise. */
    DEFAULT,
    MINIMIZE,
    MAXIMIZE;

    boolean maximize() {
      return this == MAXIMIZE;
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    double[][] classic = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    double[][] wide = {{7, 2, 9, 4, 3}, {3, 8, 1, 6, 5}, {5, 4, 2, 8, 1}};
    cases.add(
        solved(TestCase.sample("sample-1-classic"), "the classic 3 x 3", classic, 3, Goal.DEFAULT));
    cases.add(
        solved(
            TestCase.sample("sample-2-rectangular"),
            "3 x 5: every row gets a column, two columns stay free",
            wide,
            5,
            Goal.DEFAULT));
    cases.add(
        refused(
            TestCase.sample("sample-3-infeasible"),
            "row 1 has no finite entry: no complete assignment of finite cost",
            new double[][] {{1, 2, 3}, {INF, INF, INF}, {4, 5, 6}},
            3,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("twelve-by-twelve"),
            "12 x 12 integers 0..99: 479,001,600 permutations",
            integers(ctx.rng("twelve-by-twelve"), 12, 12, 99),
            12,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("classic-3x3-maximize"),
            "the classic 3 x 3, maximised",
            classic,
            3,
            Goal.MAXIMIZE));
    cases.add(
        solved(
            TestCase.hidden("greedy-trap"),
            "row 0's cheapest column is the one row 1 needs",
            new double[][] {{1, 2, 50}, {1.5, 100, 60}, {40, 45, 3}},
            3,
            Goal.MINIMIZE));
    cases.add(
        solved(TestCase.hidden("one-by-one"), "1 x 1", new double[][] {{-2.5}}, 1, Goal.MINIMIZE));
    cases.add(solved(TestCase.hidden("empty-0x4"), "no rows", new double[0][], 4, Goal.MINIMIZE));
    cases.add(
        solved(TestCase.hidden("empty-3x0"), "no columns", new double[3][0], 0, Goal.MAXIMIZE));
    cases.add(
        solved(
            TestCase.hidden("all-ties"),
            "every entry 1: all 24 assignments are optimal",
            constant(4, 4, 1),
            4,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("integer-ties"),
            "8 x 8 integers 0..2: many optimal assignments",
            integers(ctx.rng("integer-ties"), 8, 8, 2),
            8,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("wide-3x5-maximize"),
            "sample 2's matrix, maximised",
            wide,
            5,
            Goal.MAXIMIZE));
    cases.add(
        solved(
            TestCase.hidden("tall-5x3"),
            "sample 2's matrix transposed: every column gets a row",
            transpose(wide),
            3,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("tall-5x3-maximize"),
            "sample 2's matrix transposed, maximised",
            transpose(wide),
            3,
            Goal.MAXIMIZE));
    double[][] negative = uniform(ctx.rng("negative-costs"), 6, 6, -100, -1);
    cases.add(
        solved(
            TestCase.hidden("negative-costs"),
            "6 x 6, every cost negative",
            negative,
            6,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("negative-costs-maximize"),
            "the same negative costs, maximised",
            negative,
            6,
            Goal.MAXIMIZE));
    double[][] forbidden = {{INF, 7, 1, INF}, {2, INF, INF, 4}, {INF, 3, INF, 8}, {5, INF, 6, INF}};
    cases.add(
        solved(
            TestCase.hidden("forbidden-feasible"),
            "+inf marks forbidden pairs; a finite assignment exists",
            forbidden,
            4,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("forbidden-maximize-minus-inf"),
            "maximising: -inf marks forbidden pairs",
            negateInfinities(forbidden),
            4,
            Goal.MAXIMIZE));
    cases.add(
        solved(
            TestCase.hidden("tall-forbidden-rows"),
            "4 x 2 with two rows all +inf: they are simply left out",
            new double[][] {{INF, INF}, {1, 2}, {3, 1}, {INF, INF}},
            2,
            Goal.MINIMIZE));
    addRefusals(cases, ctx);
    addRandom(cases, ctx);
    return cases;
  }

  private static void addRefusals(List<TestCase> cases, GenerationContext ctx) {
    cases.add(
        refused(
            TestCase.hidden("nan-entry"),
            "one NaN entry",
            new double[][] {{1, Double.NaN}, {2, 3}},
            2,
            Goal.MINIMIZE));
    cases.add(
        refused(
            TestCase.hidden("minus-inf-minimize"),
            "-inf while minimising",
            new double[][] {{1, -INF}, {2, 3}},
            2,
            Goal.MINIMIZE));
    cases.add(
        refused(
            TestCase.hidden("plus-inf-maximize"),
            "+inf while maximising",
            new double[][] {{1, INF}, {2, 3}},
            2,
            Goal.MAXIMIZE));
    double[][] tall = uniform(ctx.rng("infeasible-tall-column"), 5, 3, 0, 1);
    for (double[] row : tall) {
      row[1] = INF;
    }
    cases.add(
        refused(
            TestCase.hidden("infeasible-tall-column"),
            "5 x 3 whose column 1 is all +inf: every column must be assigned",
            tall,
            3,
            Goal.MINIMIZE));
    double[][] hall = uniform(ctx.rng("infeasible-hall"), 40, 40, 0, 1);
    for (int j = 1; j < 40; j++) {
      hall[7][j] = INF;
      hall[23][j] = INF;
    }
    cases.add(
        refused(
            TestCase.hidden("infeasible-hall"),
            "40 x 40 where rows 7 and 23 can only take column 0",
            hall,
            40,
            Goal.MINIMIZE));
  }

  private static void addRandom(List<TestCase> cases, GenerationContext ctx) {
    cases.add(random(ctx, "random-30x30", 30, 30, Goal.MINIMIZE));
    cases.add(random(ctx, "random-50x80", 50, 80, Goal.MINIMIZE));
    cases.add(random(ctx, "random-80x45-maximize", 80, 45, Goal.MAXIMIZE));
    cases.add(
        solved(
            TestCase.hidden("random-60x60-mostly-forbidden"),
            "60 x 60 with 80% of the pairs +inf, one hidden permutation kept finite",
            mostlyForbidden(ctx.rng("random-60x60-mostly-forbidden"), 60),
            60,
            Goal.MINIMIZE));
    cases.add(
        solved(
            TestCase.hidden("wide-range"),
            "40 x 40, costs from 1e-3 to 1e6",
            logUniform(ctx.rng("wide-range"), 40),
            40,
            Goal.MINIMIZE));
    cases.add(
        builder(
                TestCase.hidden("large-300"),
                "300 x 300, a rank-one matrix plus small noise (long augmenting paths)",
                rankOnePlusNoise(ctx.rng("large-300"), LARGE_N),
                LARGE_N,
                Goal.MINIMIZE)
            .timeMs(LARGE_TIME_MS, LARGE_RULE)
            .build());
  }

  private static TestCase random(GenerationContext ctx, String name, int n, int m, Goal goal) {
    return solved(
        TestCase.hidden(name),
        n + " x " + m + ", costs uniform in [0, 1)",
        uniform(ctx.rng(name), n, m, 0, 1),
        m,
        goal);
  }

  private static TestCase solved(
      TestCase.Builder b, String description, double[][] cost, int cols, Goal goal) {
    return builder(b, description, cost, cols, goal).build();
  }

  private static TestCase.Builder builder(
      TestCase.Builder b, String description, double[][] cost, int cols, Goal goal) {
    Assignment a = LinearSumAssignment.linearSumAssignment(cost, goal.maximize());
    long[] rows = a.rowInd();
    return inputs(b, description, cost, cols, goal)
        .call(CaseCall.call(FUNCTION, args(goal), List.of("row_ind", "col_ind")))
        .expect("row_ind", NdArray.ofLongs(rows, rows.length))
        .expect("col_ind", NdArray.ofLongs(a.colInd(), rows.length));
  }

  private static TestCase refused(
      TestCase.Builder b, String description, double[][] cost, int cols, Goal goal) {
    return inputs(b, description, cost, cols, goal)
        .call(CaseCall.raises(FUNCTION, args(goal), "raised"))
        .expect("raised", NdArray.scalar(true))
        .build();
  }

  private static List<String> args(Goal goal) {
    return goal == Goal.DEFAULT ? List.of("cost") : List.of("cost", "maximize");
  }

  private static TestCase.Builder inputs(
      TestCase.Builder b, String description, double[][] cost, int cols, Goal goal) {
    double[] flat = new double[cost.length * cols];
    for (int i = 0; i < cost.length; i++) {
      System.arraycopy(cost[i], 0, flat, i * cols, cols);
    }
    b.describe(description).input("cost", NdArray.ofDoubles(flat, cost.length, cols));
    return goal == Goal.DEFAULT ? b : b.input("maximize", NdArray.scalar(goal.maximize()));
  }

  private static double[][] integers(Rng r, int n, int m, int max) {
    double[][] c = new double[n][m];
    for (double[] row : c) {
      for (int j = 0; j < m; j++) {
        row[j] = r.nextInt(0, max);
      }
    }
    return c;
  }

  private static double[][] uniform(Rng r, int n, int m, double lo, double hi) {
    double[][] c = new double[n][m];
    for (double[] row : c) {
      for (int j = 0; j < m; j++) {
        row[j] = r.uniform(lo, hi);
      }
    }
    return c;
  }

  private static double[][] constant(int n, int m, double value) {
    double[][] c = new double[n][m];
    for (double[] row : c) {
      Arrays.fill(row, value);
    }
    return c;
  }

  private static double[][] transpose(double[][] c) {
    double[][] t = new double[c[0].length][c.length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c[0].length; j++) {
        t[j][i] = c[i][j];
      }
    }
    return t;
  }

  private static double[][] negateInfinities(double[][] c) {
    double[][] out = new double[c.length][];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i].clone();
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = out[i][j] == INF ? -INF : out[i][j];
      }
    }
    return out;
  }

  /** Each pair +inf with probability 0.8, except row i's pair with a random column p(i). */
  private static double[][] mostlyForbidden(Rng r, int n) {
    double[][] c = uniform(r, n, n, 0, 1);
    for (double[] row : c) {
      for (int j = 0; j < n; j++) {
        row[j] = r.nextDouble() < 0.8 ? INF : row[j];
      }
    }
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      int j = r.nextInt(i + 1);
      p[i] = p[j];
      p[j] = i;
    }
    for (int i = 0; i < n; i++) {
      c[i][p[i]] = r.uniform(0, 1);
    }
    return c;
  }

  private static double[][] logUniform(Rng r, int n) {
    double[][] c = new double[n][n];
    for (double[] row : c) {
      for (int j = 0; j < n; j++) {
        row[j] = Math.pow(10, r.uniform(-3, 6));
      }
    }
    return c;
  }

  /** a_i b_j + 0.001 noise: the optimum pairs large a with small b, far from any greedy start. */
  private static double[][] rankOnePlusNoise(Rng r, int n) {
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.uniform(0, 1);
      b[i] = r.uniform(0, 1);
    }
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = a[i] * b[j] + 0.001 * r.nextDouble();
      }
    }
    return c;
  }
}
