package dev.allclose.problems.contrastive;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.contrastive.NtXent;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 5, simclr-nt-xent. Every case calls both entry points on the same views. The
 * second view is the first plus noise, as two augmentations of one image are close. Which reject
 * kind each hidden case catches:
 *
 * <ul>
 *   <li>rows whose norms spread over several decades (mixed-norms, batch-large): a loss on the raw
 *       dot products instead of cosines;
 *   <li>every case with N > 1: the anchor's own similarity 1/tau left in the denominator, and a
 *       mean over the N anchors of one view only (the other view's anchors see other negatives);
 *   <li>no temperature equals 1, so tau * s differs from s / tau everywhere;
 *   <li>tiny-temperature (tau = 1e-3 on tightly clustered rows, s close to 1000): an exponential
 *       without the log-sum-exp shift overflows to inf / inf = NaN.
 * </ul>
 *
 * Edge cases: one pair (N = 1, the positive is the only other row and the loss is 0), D = 1 (every
 * unit row is +1 or -1 and the gradient through the normalisation vanishes), two pairs.
 */
public final class NtXentCases implements CaseGenerator {
  private static final List<String> INPUTS = List.of("z1", "z2", "temperature");

  /** One case's recipe: sizes, temperature and how the views are drawn. */
  private record Spec(
      TestCase.Builder builder,
      String description,
      int n,
      int d,
      double temperature,
      double normDecades,
      double clusterSpread,
      double viewNoise) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<Spec> specs = new ArrayList<>();
    specs.add(spec(TestCase.sample("sample-1"), "N = 4, D = 3, tau = 0.5", 4, 3, 0.5, 0));
    specs.add(
        spec(
            TestCase.sample("sample-2-norms"),
            "N = 3, D = 5, tau = 0.2, row norms over two decades",
            3,
            5,
            0.2,
            1));
    specs.add(spec(TestCase.hidden("single-pair"), "N = 1: the loss is 0", 1, 4, 0.3, 1));
    specs.add(spec(TestCase.hidden("one-dimension"), "D = 1, N = 3", 3, 1, 0.5, 1));
    specs.add(spec(TestCase.hidden("two-pairs"), "N = 2, D = 2, tau = 0.7", 2, 2, 0.7, 0));
    specs.add(
        spec(
            TestCase.hidden("mixed-norms"),
            "N = 6, D = 8, tau = 0.2, row norms from 1e-3 to 1e3",
            6,
            8,
            0.2,
            3));
    specs.add(spec(TestCase.hidden("high-temperature"), "N = 5, D = 6, tau = 2", 5, 6, 2.0, 1));
    specs.add(
        new Spec(
            TestCase.hidden("small-temperature-wide"),
            "N = 16, D = 256, tau = 0.05, views far apart (cosine near 0.3)",
            16,
            256,
            0.05,
            1,
            0,
            3));
    specs.add(
        new Spec(
            TestCase.hidden("tiny-temperature"),
            "N = 6, D = 16, tau = 1e-3, all rows within a few degrees: similarities near 1000",
            6,
            16,
            1e-3,
            1,
            0.01,
            1.0 / 3));
    specs.add(
        new Spec(
            TestCase.hidden("batch-large"),
            "N = 128, D = 128, tau = 0.1, row norms over two decades",
            128,
            128,
            0.1,
            1,
            0,
            1));
    List<TestCase> cases = new ArrayList<>();
    for (Spec s : specs) {
      cases.add(make(ctx, s));
    }
    return cases;
  }

  private static Spec spec(
      TestCase.Builder builder, String description, int n, int d, double tau, double decades) {
    return new Spec(builder, description, n, d, tau, decades, 0, 0.5);
  }

  private static TestCase make(GenerationContext ctx, Spec s) {
    Rng rng = ctx.rng(s.builder().name());
    double[][][] views = views(rng, s);
    double[][] z1 = views[0];
    double[][] z2 = views[1];
    double loss = NtXent.loss(z1, z2, s.temperature());
    NtXent.Gradient grad = NtXent.gradient(z1, z2, s.temperature());
    return s.builder()
        .describe(s.description())
        .input("z1", array(z1))
        .input("z2", array(z2))
        .input("temperature", scalar(s.temperature()))
        .call(CaseCall.call("nt_xent_loss", INPUTS, List.of("loss")))
        .call(CaseCall.call("nt_xent_grad", INPUTS, List.of("dz1", "dz2")))
        .expect("loss", scalar(loss))
        .expect("dz1", array(grad.dz1()))
        .expect("dz2", array(grad.dz2()))
        .build();
  }

  /**
   * z1 is N(0, 1) per entry, or, with a cluster spread, one shared unit direction plus N(0,
   * spread^2); z2 = z1 + noise whose size is {@code viewNoise} times that spread (the larger, the
   * harder the positive is to find). Each row is then scaled by 10^u, u uniform on [-decades,
   * decades].
   */
  private static double[][][] views(Rng rng, Spec s) {
    int n = s.n();
    int d = s.d();
    double spread = s.clusterSpread() > 0 ? s.clusterSpread() : 1.0;
    double[] centre = new double[d];
    if (s.clusterSpread() > 0) {
      centre = unit(NestedArrays.toVector(rng.normal(1.0, d)));
    }
    double[][] z1 = NestedArrays.toMatrix(rng.normal(spread, n, d));
    double[][] z2 = NestedArrays.toMatrix(rng.normal(spread * s.viewNoise(), n, d));
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        z1[i][c] += centre[c];
        z2[i][c] += z1[i][c];
      }
    }
    for (double[][] z : new double[][][] {z1, z2}) {
      for (double[] row : z) {
        double scale = Math.pow(10, rng.uniform(-s.normDecades(), s.normDecades()));
        for (int c = 0; c < d; c++) {
          row[c] *= scale;
        }
      }
    }
    return new double[][][] {z1, z2};
  }

  private static double[] unit(double[] v) {
    double sq = 0;
    for (double x : v) {
      sq += x * x;
    }
    double norm = Math.sqrt(sq);
    double[] out = new double[v.length];
    for (int c = 0; c < v.length; c++) {
      out[c] = v[c] / norm;
    }
    return out;
  }
}
