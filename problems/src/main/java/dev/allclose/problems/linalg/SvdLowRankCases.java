package dev.allclose.problems.linalg;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.linalg.LowRankApproximation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Cases for problem 14, svd-low-rank, judged by {@link SvdLowRankChecker}. Every case calls {@code
 * best_rank_k(A, k) -> A_k} and {@code rank_k_error(A, k) -> error} on the same A.
 *
 * <p>Which case catches which mistake: every case with 0 < k < min(m, n) and distinct singular
 * values around the cut (both samples, {@code tall}, {@code wide}, {@code square-drop-one}, {@code
 * near-singular}, {@code large-scale}, {@code larger}) rejects keeping the k smallest singular
 * values and taking the eigenvectors of A^T A in NumPy's ascending order as if they were
 * descending: both keep the wrong directions, so A_k is off the optimum and the error is too large.
 * Using the rows of V^T as columns fails every non-square case by shape and the square ones by
 * value. The edge cases of the contract: k = 0 (A_k = 0, error = ||A||_F), k = min(m, n) tall and
 * wide (A_k = A, error = 0), a single row and a single column, repeated singular values inside the
 * kept block ({@code repeated-kept}: A_k is still unique), ties across the cut ({@code tie-at-k},
 * {@code all-equal}: many optima, the checker accepts any), a spectrum falling to 1e-14 ({@code
 * near-singular}, {@code near-singular-tail}: the squared route through A^T A is where precision
 * goes), an exactly rank-deficient matrix with k above its rank, and entries near 1e6 where only
 * the relative tolerance can pass.
 */
public final class SvdLowRankCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call("best_rank_k", List.of("A", "k"), List.of("A_k")),
          CaseCall.call("rank_k_error", List.of("A", "k"), List.of("error")));

  /**
   * One case: an (m, n) matrix, the rank k, and either a prescribed spectrum (Haar-random singular
   * vectors) or, when {@code spectrum} is empty, i.i.d. N(0, scale^2) entries.
   */
  private record Spec(int m, int n, int k, List<Double> spectrum, double scale) {
    static Spec gaussian(int m, int n, int k) {
      return new Spec(m, n, k, List.of(), 1.0);
    }

    static Spec spectrum(int m, int n, int k, double... sigma) {
      return new Spec(m, n, k, Arrays.stream(sigma).boxed().toList(), 1.0);
    }

    Spec scaled(double s) {
      return new Spec(m, n, k, spectrum, s);
    }

    String describe() {
      return String.format(Locale.ROOT, "A (%d, %d), k = %d", m, n, k)
          + (spectrum.isEmpty()
              ? (scale == 1.0 ? "" : String.format(Locale.ROOT, ", entries of scale %.0e", scale))
              : ", singular values " + spectrum);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1-tall"), Spec.gaussian(6, 4, 2)));
    cases.add(make(ctx, TestCase.sample("sample-2-wide"), Spec.gaussian(3, 5, 1)));
    cases.add(make(ctx, TestCase.hidden("tall"), Spec.gaussian(12, 7, 3)));
    cases.add(make(ctx, TestCase.hidden("wide"), Spec.gaussian(5, 11, 2)));
    cases.add(make(ctx, TestCase.hidden("square-drop-one"), Spec.gaussian(8, 8, 7)));
    cases.add(make(ctx, TestCase.hidden("k-zero"), Spec.gaussian(7, 5, 0)));
    cases.add(make(ctx, TestCase.hidden("k-full-tall"), Spec.gaussian(8, 5, 5)));
    cases.add(make(ctx, TestCase.hidden("k-full-wide"), Spec.gaussian(4, 9, 4)));
    cases.add(make(ctx, TestCase.hidden("single-row"), Spec.gaussian(1, 6, 1)));
    cases.add(make(ctx, TestCase.hidden("single-column-k-zero"), Spec.gaussian(7, 1, 0)));
    cases.add(
        make(ctx, TestCase.hidden("repeated-kept"), Spec.spectrum(9, 6, 3, 3, 3, 3, 1, 0.5, 0.5)));
    cases.add(make(ctx, TestCase.hidden("tie-at-k"), Spec.spectrum(7, 5, 2, 4, 2, 2, 1, 0.1)));
    cases.add(make(ctx, TestCase.hidden("all-equal"), Spec.spectrum(4, 6, 2, 2, 2, 2, 2)));
    double[] falling = {4, 2, 1e-6, 1e-11, 1e-14};
    cases.add(make(ctx, TestCase.hidden("near-singular"), Spec.spectrum(8, 5, 2, falling)));
    cases.add(make(ctx, TestCase.hidden("near-singular-tail"), Spec.spectrum(8, 5, 3, falling)));
    cases.add(
        make(ctx, TestCase.hidden("rank-deficient"), Spec.spectrum(6, 9, 3, 5, 1, 0, 0, 0, 0)));
    cases.add(make(ctx, TestCase.hidden("large-scale"), Spec.gaussian(6, 8, 3).scaled(1e6)));
    cases.add(make(ctx, TestCase.hidden("larger"), Spec.gaussian(80, 60, 10)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Spec s) {
    Rng rng = ctx.rng(builder.name());
    double[][] a =
        s.spectrum().isEmpty()
            ? NestedArrays.toMatrix(rng.normal(s.scale(), s.m(), s.n()))
            : withSpectrum(rng, s.m(), s.n(), s.spectrum());
    return builder
        .describe(s.describe())
        .input("A", array(a))
        .input("k", scalar(s.k()))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("A_k", array(LowRankApproximation.bestRankK(a, s.k())))
        .expect("error", scalar(LowRankApproximation.rankKError(a, s.k())))
        .build();
  }

  /** U diag(sigma) V^T with U (m, p) and V (n, p) the Q factors of Gaussian matrices. */
  static double[][] withSpectrum(Rng rng, int m, int n, List<Double> sigma) {
    int p = Math.min(m, n);
    if (sigma.size() != p) {
      throw new IllegalArgumentException("need " + p + " singular values, got " + sigma.size());
    }
    DMatrixRMaj u = orthonormalColumns(rng, m, p);
    DMatrixRMaj v = orthonormalColumns(rng, n, p);
    double[][] a = new double[m][n];
    for (int i = 0; i < p; i++) {
      for (int r = 0; r < m; r++) {
        for (int c = 0; c < n; c++) {
          a[r][c] += sigma.get(i) * u.get(r, i) * v.get(c, i);
        }
      }
    }
    return a;
  }

  private static DMatrixRMaj orthonormalColumns(Rng rng, int rows, int cols) {
    DMatrixRMaj g = new DMatrixRMaj(NestedArrays.toMatrix(rng.normal(1.0, rows, cols)));
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, cols);
    if (!qr.decompose(g)) {
      throw new ArithmeticException("QR failed");
    }
    return qr.getQ(null, true);
  }
}
