package dev.allclose.problems.recommendation;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.recommendation.BayesianPersonalizedRanking;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 47, bpr: one call of {@code bpr_loss_and_grads(U, V, triples, reg) -> (loss,
 * dU, dV)} per case. Which case catches which mistake:
 *
 * <ul>
 *   <li>gradients of repeated indices overwritten ({@code dU[u] = ...} or {@code dU[u] += ...} with
 *       an index array, where NumPy writes each repeated row once): every case whose triples repeat
 *       a user or an item, all but {@code one-triple} ({@code repeated-rows} has 2 users and 3
 *       items in 24 triples), and {@code same-item}, where i = j inside one triple;
 *   <li>-log sigmoid(x) as log(1 + exp(-x)) or -log(1 / (1 + exp(-x))): {@code huge-margins}, whose
 *       margins reach -1000, where exp(1000) overflows and the loss becomes inf;
 *   <li>the penalty on every row of U and V (weight decay on the whole matrices) instead of on the
 *       rows each triple touches: every case with reg > 0, most visibly {@code untouched-rows}
 *       (most rows appear in no triple and must get a zero gradient).
 * </ul>
 *
 * The other edge cases of the contract: reg = 0 ({@code no-reg}), a single triple, one latent
 * factor, and a batch of 10^4 triples ({@code large-batch}).
 */
public final class BprCases implements CaseGenerator {
  /** A batch of random triples over random factors: sizes, penalty, and the factors' scale. */
  private record Batch(int users, int items, int factors, int triples, double reg, double scale) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(random(ctx, TestCase.sample("sample-1"), new Batch(3, 5, 2, 6, 0.01, 1.0)));
    cases.add(random(ctx, TestCase.sample("sample-2"), new Batch(4, 6, 3, 8, 0.1, 0.5)));
    cases.add(random(ctx, TestCase.hidden("repeated-rows"), new Batch(2, 3, 4, 24, 0.05, 1.0)));
    cases.add(sameItem(ctx, TestCase.hidden("same-item")));
    cases.add(hugeMargins(ctx, TestCase.hidden("huge-margins")));
    cases.add(random(ctx, TestCase.hidden("no-reg"), new Batch(5, 8, 4, 30, 0.0, 1.0)));
    cases.add(random(ctx, TestCase.hidden("untouched-rows"), new Batch(40, 60, 6, 5, 0.3, 1.0)));
    cases.add(random(ctx, TestCase.hidden("one-triple"), new Batch(3, 4, 3, 1, 0.2, 1.0)));
    cases.add(random(ctx, TestCase.hidden("one-factor"), new Batch(6, 9, 1, 25, 0.1, 2.0)));
    cases.add(
        random(ctx, TestCase.hidden("large-batch"), new Batch(300, 800, 16, 10_000, 0.01, 0.3)));
    return cases;
  }

  private static TestCase random(GenerationContext ctx, TestCase.Builder builder, Batch b) {
    Rng rng = ctx.rng(builder.name());
    double[][] u = NestedArrays.toMatrix(rng.normal(b.scale(), b.users(), b.factors()));
    double[][] v = NestedArrays.toMatrix(rng.normal(b.scale(), b.items(), b.factors()));
    long[][] triples = new long[b.triples()][];
    for (int t = 0; t < b.triples(); t++) {
      triples[t] =
          new long[] {rng.nextInt(b.users()), rng.nextInt(b.items()), rng.nextInt(b.items())};
    }
    String what =
        String.format(
            java.util.Locale.ROOT,
            "%d users, %d items, k = %d, M = %d, reg = %s",
            b.users(),
            b.items(),
            b.factors(),
            b.triples(),
            b.reg());
    return build(builder, what, u, v, triples, b.reg());
  }

  /** Half of the triples compare an item with itself (margin 0); the rest are ordinary. */
  private static TestCase sameItem(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    double[][] u = NestedArrays.toMatrix(rng.normal(1.0, 3, 4));
    double[][] v = NestedArrays.toMatrix(rng.normal(1.0, 5, 4));
    long[][] triples = new long[10][];
    for (int t = 0; t < triples.length; t++) {
      int i = rng.nextInt(5);
      triples[t] = new long[] {rng.nextInt(3), i, t % 2 == 0 ? i : rng.nextInt(5)};
    }
    return build(builder, "i = j in every other triple: margin 0", u, v, triples, 0.1);
  }

  /**
   * Unit user rows and items at +-500 along them, so the margins of the listed triples are about
   * +1000 and -1000 (the noise moves them by a few units), plus triples with i = j.
   */
  private static TestCase hugeMargins(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    int users = 3;
    int factors = 4;
    double[][] u = NestedArrays.toMatrix(rng.normal(1.0, users, factors));
    double[][] v = new double[2 * users][factors];
    for (int user = 0; user < users; user++) {
      double norm = Math.sqrt(dot(u[user], u[user]));
      for (int c = 0; c < factors; c++) {
        u[user][c] /= norm;
        v[2 * user][c] = 500 * u[user][c] + rng.nextGaussian();
        v[2 * user + 1][c] = -500 * u[user][c] + rng.nextGaussian();
      }
    }
    List<long[]> triples = new ArrayList<>();
    for (long user = 0; user < users; user++) {
      long above = 2 * user;
      long below = 2 * user + 1;
      triples.add(new long[] {user, above, below});
      triples.add(new long[] {user, below, above});
      triples.add(new long[] {user, below, below});
    }
    return build(
        builder,
        "margins near +1000 and -1000, and i = j",
        u,
        v,
        triples.toArray(long[][]::new),
        1e-3);
  }

  private static TestCase build(
      TestCase.Builder builder,
      String description,
      double[][] u,
      double[][] v,
      long[][] triples,
      double reg) {
    BayesianPersonalizedRanking.Result r = BayesianPersonalizedRanking.of(u, v, triples, reg);
    return builder
        .describe(description)
        .input("U", array(u))
        .input("V", array(v))
        .input("triples", array(triples))
        .input("reg", scalar(reg))
        .expect("loss", scalar(r.loss()))
        .expect("dU", array(r.dU()))
        .expect("dV", array(r.dV()))
        .build();
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += a[c] * b[c];
    }
    return s;
  }
}
