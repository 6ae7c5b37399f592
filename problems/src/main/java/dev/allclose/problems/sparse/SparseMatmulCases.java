package dev.allclose.problems.sparse;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.sparse.CsrProduct;
import dev.allclose.reference.sparse.CsrProduct.Csr;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Cases for problem 28, sparse-matmul: one call of {@code csr_matmul(a_data, a_indices, a_indptr,
 * a_shape, b_data, b_indices, b_indptr, b_shape) -> (data, indices, indptr, shape)} per case. The
 * inputs are canonical CSR (sorted, distinct column indices in each row, no stored zeros). Which
 * case catches which mistake:
 *
 * <ul>
 *   <li>column indices left in the order the products first reach them (a dict or hash map in
 *       insertion order): every case in which some row of A has two or more entries, from {@code
 *       sample-1} on, most of all {@code random-floats};
 *   <li>entries whose products cancel to exactly 0.0 kept as stored zeros: {@code
 *       integer-cancellation} (entries in {-2..2}, hundreds of cancellations) and {@code
 *       rows-cancel} (whole rows of C that are 0);
 *   <li>a dense (M, N) intermediate: {@code huge-sparse}, 100,000 x 100,000 with three entries a
 *       row, whose dense form is 80 GB; the case carries its own memory cap ({@link
 *       #HUGE_MEMORY_MB}) and time limit ({@link #HUGE_TIME_MS}).
 * </ul>
 *
 * The other edge cases: empty rows in A and in B, a product with no entries at all, 1 x 1, a thin
 * inner dimension (an outer-product-like case) and a medium case with 2,000 rows.
 */
public final class SparseMatmulCases implements CaseGenerator {
  /** The huge case's size: n x n with {@link #HUGE_ROW_ENTRIES} entries in each row of A and B. */
  static final int HUGE_N = 100_000;

  static final int HUGE_ROW_ENTRIES = 3;

  /**
   * The huge case's memory cap. The dense form of one input is 80 GB; the accepted solutions need
   * well under 100 MiB (measurements in problem.yaml).
   */
  static final int HUGE_MEMORY_MB = 512;

  /** The huge case's time limit (calibration in problem.yaml). */
  static final int HUGE_TIME_MS = 13_000;

  static final String HUGE_RULE =
      "This case (100,000 x 100,000, three entries a row) runs under a "
          + HUGE_MEMORY_MB
          + " MiB cap: a dense copy of one matrix alone is 80 GB, so work on the nonzeros only";

  /** Rows, inner dimension and columns, and the chance that an entry of A or B is stored. */
  private record Shape(int m, int k, int n, double density) {}

  /** How the stored values are drawn. */
  private enum Values {
    /** Standard normal: no sum cancels exactly. */
    FLOATS,
    /** Integers in {-2, -1, 1, 2}: sums are exact, and many cancel to 0. */
    SMALL_INTEGERS
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    return List.of(
        random(ctx, sample("sample-1"), new Shape(4, 5, 3, 0.4), Values.FLOATS),
        random(ctx, sample("sample-2"), new Shape(3, 3, 4, 0.5), Values.SMALL_INTEGERS),
        random(ctx, hidden("random-floats"), new Shape(40, 50, 60, 0.1), Values.FLOATS),
        random(
            ctx, hidden("integer-cancellation"), new Shape(30, 30, 30, 0.3), Values.SMALL_INTEGERS),
        rowsCancel(hidden("rows-cancel")),
        random(ctx, hidden("empty-rows"), new Shape(25, 25, 25, 0.04), Values.FLOATS),
        zeroProduct(hidden("zero-product")),
        oneByOne(hidden("one-by-one")),
        random(ctx, hidden("thin-inner"), new Shape(200, 2, 150, 0.5), Values.FLOATS),
        random(ctx, hidden("medium"), new Shape(2000, 1500, 2000, 0.002), Values.FLOATS),
        huge(ctx, hidden("huge-sparse")));
  }

  private static TestCase random(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Values values) {
    Rng rng = ctx.rng(builder.name());
    Csr a = randomCsr(rng, s.m(), s.k(), s.density(), values);
    Csr b = randomCsr(rng, s.k(), s.n(), s.density(), values);
    String what =
        String.format(
            Locale.ROOT,
            "(%d x %d) @ (%d x %d), density %s, %s",
            s.m(),
            s.k(),
            s.k(),
            s.n(),
            s.density(),
            values == Values.FLOATS ? "normal values" : "values in {-2, -1, 1, 2}");
    return fill(builder.describe(what), a, b).build();
  }

  /**
   * B's rows 1 and 3 are equal and row 5 is twice row 4, so A's rows [1 at 1, -1 at 3] and [2 at 4,
   * -1 at 5] make rows of C that are exactly 0; the other rows mix in a cancelling pair.
   */
  private static TestCase rowsCancel(TestCase.Builder builder) {
    double[][] b = {
      {1, 0, 2, 0, 0, -1, 0},
      {0, 3, 0, 1, 0, 0, 2},
      {2, 0, 0, 0, 1, 0, 0},
      {0, 3, 0, 1, 0, 0, 2},
      {1, 1, 0, 0, 0, 0, -2},
      {2, 2, 0, 0, 0, 0, -4}
    };
    double[][] a = {
      {0, 1, 0, -1, 0, 0},
      {0, 0, 0, 0, 2, -1},
      {1, 1, 0, -1, 0, 0},
      {1, 0, 1, 0, 0, 0},
      {0, 2, 0, -2, 1, 0}
    };
    return fill(builder.describe("rows of C that cancel to exactly 0"), dense(a), dense(b)).build();
  }

  /** A stores only column 0 and B's row 0 is empty: no product at all, C has no entries. */
  private static TestCase zeroProduct(TestCase.Builder builder) {
    double[][] a = {{1, 0, 0}, {2, 0, 0}, {0, 0, 0}};
    double[][] b = {{0, 0, 0, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}};
    return fill(builder.describe("no product reaches any entry: nnz(C) = 0"), dense(a), dense(b))
        .build();
  }

  private static TestCase oneByOne(TestCase.Builder builder) {
    return fill(
            builder.describe("1 x 1 times 1 x 1"),
            dense(new double[][] {{2.5}}),
            dense(new double[][] {{-4.0}}))
        .build();
  }

  private static TestCase huge(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    Csr a = fixedRowCount(rng, HUGE_N, HUGE_ROW_ENTRIES);
    Csr b = fixedRowCount(rng, HUGE_N, HUGE_ROW_ENTRIES);
    return fill(
            builder.describe(
                "(100000 x 100000) @ (100000 x 100000), 3 entries a row: dense would be 80 GB"),
            a,
            b)
        .memoryMb(HUGE_MEMORY_MB, HUGE_RULE)
        .timeMs(HUGE_TIME_MS)
        .build();
  }

  private static TestCase.Builder fill(TestCase.Builder builder, Csr a, Csr b) {
    Csr c = CsrProduct.multiply(a, b);
    return builder
        .input("a_data", array(a.data()))
        .input("a_indices", array(a.indices()))
        .input("a_indptr", array(a.indptr()))
        .input("a_shape", shape(a))
        .input("b_data", array(b.data()))
        .input("b_indices", array(b.indices()))
        .input("b_indptr", array(b.indptr()))
        .input("b_shape", shape(b))
        .expect("data", array(c.data()))
        .expect("indices", array(c.indices()))
        .expect("indptr", array(c.indptr()))
        .expect("shape", shape(c));
  }

  private static dev.allclose.numeric.NdArray shape(Csr m) {
    int[] s = m.shape();
    return array(new long[] {s[0], s[1]});
  }

  private static Csr randomCsr(Rng rng, int rows, int cols, double density, Values values) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        if (rng.nextDouble() < density) {
          row[j] = values == Values.FLOATS ? rng.nextGaussian() : smallInteger(rng);
        }
      }
    }
    return dense(m);
  }

  private static double smallInteger(Rng rng) {
    int v = rng.nextInt(4) - 2;
    return v >= 0 ? v + 1 : v;
  }

  /** n x n with {@code perRow} distinct random columns in every row, standard normal values. */
  private static Csr fixedRowCount(Rng rng, int n, int perRow) {
    double[] data = new double[n * perRow];
    long[] indices = new long[n * perRow];
    long[] indptr = new long[n + 1];
    for (int i = 0; i < n; i++) {
      TreeSet<Integer> columns = new TreeSet<>();
      while (columns.size() < perRow) {
        columns.add(rng.nextInt(n));
      }
      int p = i * perRow;
      for (int j : columns) {
        indices[p] = j;
        data[p++] = rng.nextGaussian();
      }
      indptr[i + 1] = p;
    }
    return new Csr(data, indices, indptr, n, n);
  }

  /** The canonical CSR form of a dense matrix (its nonzeros, row by row). */
  private static Csr dense(double[][] m) {
    int cols = m[0].length;
    double[] data = new double[m.length * cols];
    long[] indices = new long[m.length * cols];
    long[] indptr = new long[m.length + 1];
    int p = 0;
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < cols; j++) {
        if (m[i][j] != 0) {
          data[p] = m[i][j];
          indices[p++] = j;
        }
      }
      indptr[i + 1] = p;
    }
    return new Csr(Arrays.copyOf(data, p), Arrays.copyOf(indices, p), indptr, m.length, cols);
  }
}
