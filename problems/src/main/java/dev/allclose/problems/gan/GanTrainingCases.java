package dev.allclose.problems.gan;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.gan.GanTraining;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 4, gan-training-loop. Every case records the generator loss, so the saturating
 * objective fails everywhere; every case with lr_d > 0 separates the updated from the old
 * discriminator; every case with lr_g > 0 shows a generator moved by the discriminator's loss. Two
 * cases put the logits near +-1000, where sigmoid rounds to exactly 0 or 1: one makes the naive
 * log(1 - D(G(z))) and log D(real) of the D loss -inf, the other the naive log D(G(z)) of the G
 * loss. The rest cover S = 1, N = 1, one frozen player at a time and a longer run.
 */
public final class GanTrainingCases implements CaseGenerator {

  /** The shape of a case: S steps of N rows, noise width z, data width x, two learning rates. */
  private record Size(int steps, int n, int z, int x, double lrD, double lrG) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(random(ctx, TestCase.sample("sample-1"), "S = 1", new Size(1, 4, 2, 3, 0.1, 0.05)));
    cases.add(random(ctx, TestCase.sample("sample-2"), "S = 3", new Size(3, 4, 2, 2, 0.1, 0.1)));
    cases.add(
        random(
            ctx,
            TestCase.hidden("single-step"),
            "S = 1, z_dim 3, x_dim 4",
            new Size(1, 8, 3, 4, 0.2, 0.1)));
    cases.add(
        random(
            ctx,
            TestCase.hidden("several-steps"),
            "S = 10, N = 16",
            new Size(10, 16, 4, 3, 0.05, 0.1)));
    cases.add(
        random(ctx, TestCase.hidden("single-sample"), "N = 1", new Size(5, 1, 2, 2, 0.1, 0.2)));
    cases.add(
        random(
            ctx,
            TestCase.hidden("generator-frozen"),
            "lr_g = 0: only D moves",
            new Size(4, 6, 3, 2, 0.3, 0.0)));
    cases.add(
        random(
            ctx,
            TestCase.hidden("discriminator-frozen"),
            "lr_d = 0: only G moves",
            new Size(4, 6, 2, 3, 0.0, 0.3)));
    cases.add(
        saturated(
            ctx,
            "discriminator-fooled",
            "logits near -1000 on real and +1000 on fake rows: the D loss is about 2000",
            -1,
            new Size(3, 8, 2, 3, 0.05, 0.05)));
    cases.add(
        saturated(
            ctx,
            "discriminator-wins",
            "logits near +1000 on real and -1000 on fake rows: the G loss is about 1000",
            1,
            new Size(3, 8, 2, 3, 0.05, 0.01)));
    cases.add(
        random(
            ctx,
            TestCase.hidden("long-run"),
            "S = 50, N = 64, z_dim 8, x_dim 6",
            new Size(50, 64, 8, 6, 0.05, 0.05)));
    return cases;
  }

  /** Standard normal parameters and noise; real data are standard normal shifted by +2. */
  private static TestCase random(
      GenerationContext ctx, TestCase.Builder builder, String description, Size size) {
    Rng rng = ctx.rng(builder.name());
    double[][] wg = NestedArrays.toMatrix(rng.normal(1.0, size.z(), size.x()));
    double[] bg = NestedArrays.toVector(rng.normal(1.0, size.x()));
    double[] wd = NestedArrays.toVector(rng.normal(1.0, size.x()));
    double bd = rng.nextGaussian();
    double[][][] real = NestedArrays.toCube(rng.normal(1.0, size.steps(), size.n(), size.x()));
    for (double[][] batch : real) {
      for (double[] row : batch) {
        shift(row, 2.0, ones(size.x()));
      }
    }
    double[][][] noise = NestedArrays.toCube(rng.normal(1.0, size.steps(), size.n(), size.z()));
    return build(builder, description, wg, bg, wd, bd, real, noise, size);
  }

  /**
   * Along a random unit direction u: w_d = 100 u, real rows near 10 * sign * u and fakes near -10 *
   * sign * u (through b_g), so the logits are near +-1000 with spreads of tens.
   */
  private static TestCase saturated(
      GenerationContext ctx, String name, String description, double sign, Size size) {
    Rng rng = ctx.rng(name);
    double[] u = unit(NestedArrays.toVector(rng.normal(1.0, size.x())));
    double[][] wg = NestedArrays.toMatrix(rng.normal(0.1, size.z(), size.x()));
    double[] bg = NestedArrays.toVector(rng.normal(0.1, size.x()));
    shift(bg, -10.0 * sign, u);
    double[] wd = new double[u.length];
    shift(wd, 100.0, u);
    double bd = rng.nextGaussian();
    double[][][] real = NestedArrays.toCube(rng.normal(0.1, size.steps(), size.n(), size.x()));
    for (double[][] batch : real) {
      for (double[] row : batch) {
        shift(row, 10.0 * sign, u);
      }
    }
    double[][][] noise = NestedArrays.toCube(rng.normal(1.0, size.steps(), size.n(), size.z()));
    return build(TestCase.hidden(name), description, wg, bg, wd, bd, real, noise, size);
  }

  private static TestCase build(
      TestCase.Builder builder,
      String description,
      double[][] wg,
      double[] bg,
      double[] wd,
      double bd,
      double[][][] real,
      double[][][] noise,
      Size size) {
    GanTraining.Result r = GanTraining.train(wg, bg, wd, bd, real, noise, size.lrD(), size.lrG());
    return builder
        .describe(description)
        .input("Wg", array(wg))
        .input("bg", array(bg))
        .input("wd", array(wd))
        .input("bd", scalar(bd))
        .input("real", array(real))
        .input("noise", array(noise))
        .input("lr_d", scalar(size.lrD()))
        .input("lr_g", scalar(size.lrG()))
        .expect("Wg", array(r.wg()))
        .expect("bg", array(r.bg()))
        .expect("wd", array(r.wd()))
        .expect("bd", scalar(r.bd()))
        .expect("d_losses", array(r.dLosses()))
        .expect("g_losses", array(r.gLosses()))
        .build();
  }

  /** v += alpha * direction. */
  private static void shift(double[] v, double alpha, double[] direction) {
    for (int j = 0; j < v.length; j++) {
      v[j] += alpha * direction[j];
    }
  }

  private static double[] ones(int n) {
    double[] v = new double[n];
    Arrays.fill(v, 1.0);
    return v;
  }

  private static double[] unit(double[] v) {
    double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    double[] u = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      u[j] = v[j] / norm;
    }
    return u;
  }
}
