package dev.allclose.problems.optim;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.optim.ProjectedSgd;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 23, sgd-convergence. Every case calls {@code projected_sgd(x0, A, b, noise, lr,
 * radius) -> iterates, x_avg} and {@code sgd_bound(D, G, T) -> bound} with D = 2 radius (the ball's
 * diameter), G = ||A||_F radius + |b| (at least |A x - b| anywhere on the ball) and T the number of
 * noise rows.
 *
 * <p>Which case catches which mistake: the cases marked {@code mustProject} (both samples among
 * them) take at least one step that leaves the ball, checked here when the case is made, so
 * skipping the projection changes the iterates; every case moves (x_T != x_0), so averaging
 * x_1..x_T instead of x_0..x_{T-1} changes x_avg, most visibly at T = 1 where x_avg must be x_0.
 * {@code x0-outside} and {@code one-step-outside} start outside the ball: x_0 is kept as given in
 * the iterates and the average, so projecting it first is wrong there. {@code x0-on-boundary}
 * starts exactly on the sphere, {@code zero-start} at the origin (where |x| = 0). The two {@code
 * bound-*} cases have no noise, x_0 in the ball and lr = D / (G sqrt(T)): there the averaged
 * iterate provably satisfies f(x_avg) - f(x*) <= D G / sqrt(T), and the generator refuses to make
 * them unless the reference's run does (x* from {@link ProjectedSgd#minimumOnBall}); with noise the
 * bound holds only in expectation, so no noisy case asserts it.
 */
public final class SgdConvergenceCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call(
              "projected_sgd",
              List.of("x0", "A", "b", "noise", "lr", "radius"),
              List.of("iterates", "x_avg")),
          CaseCall.call("sgd_bound", List.of("D", "G", "T"), List.of("bound")));

  /** How x_0 is placed: its norm as a multiple of the radius (0 is the origin). */
  private record Spec(
      int d,
      int steps,
      double radius,
      double bScale,
      double startNorm,
      double noiseSd,
      double lr,
      boolean mustProject) {
    /** lr <= 0 asks for the step size of the bound, D / (G sqrt(T)), and no noise. */
    boolean boundCase() {
      return lr <= 0;
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "d = %d, T = %d, radius %s, |x0| = %s radius, noise sd %s, %s",
          d,
          steps,
          radius,
          startNorm,
          noiseSd,
          boundCase() ? "lr = D / (G sqrt(T))" : "lr = " + lr);
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, "sample-1-projection", true, new Spec(2, 8, 1, 3, 0.5, 0.1, 0.3, true)));
    cases.add(make(ctx, "sample-2-inside", true, new Spec(3, 6, 5, 0.5, 0.3, 0.05, 0.2, false)));
    cases.add(make(ctx, "projection-active", false, new Spec(5, 60, 1, 4, 0.5, 0.3, 0.25, true)));
    cases.add(make(ctx, "x0-outside", false, new Spec(3, 15, 1, 1, 5, 0.1, 0.2, true)));
    cases.add(make(ctx, "x0-on-boundary", false, new Spec(4, 20, 2, 3, 1, 0.2, 0.2, true)));
    cases.add(make(ctx, "one-step", false, new Spec(3, 1, 1.5, 1, 0.8, 0.5, 0.4, false)));
    cases.add(make(ctx, "one-step-outside", false, new Spec(3, 1, 1, 1, 3, 0.5, 0.4, true)));
    cases.add(make(ctx, "zero-start", false, new Spec(4, 30, 1, 2, 0, 0.2, 0.2, true)));
    cases.add(make(ctx, "bound-noise-free", false, new Spec(5, 400, 1.5, 4, 1, 0, 0, true)));
    cases.add(make(ctx, "bound-inside", false, new Spec(4, 250, 3, 0.3, 1, 0, 0, false)));
    cases.add(make(ctx, "large-steps", false, new Spec(3, 40, 1, 1, 0.5, 0.1, 3, true)));
    cases.add(make(ctx, "noisy-long", false, new Spec(8, 2000, 2, 2, 0.5, 1, 0.02, true)));
    cases.add(make(ctx, "high-dim", false, new Spec(64, 500, 3, 2, 0.5, 0.5, 0.05, true)));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, String name, boolean sample, Spec s) {
    TestCase.Builder builder = sample ? TestCase.sample(name) : TestCase.hidden(name);
    Rng rng = ctx.rng(name);
    double[][] a = positiveDefinite(rng, s.d());
    double[] b = NestedArrays.toVector(rng.normal(s.bScale(), s.d()));
    double[] x0 = NestedArrays.toVector(rng.normal(1.0, s.d()));
    double scale = s.startNorm() * s.radius() / ProjectedSgd.norm(x0);
    for (int i = 0; i < x0.length; i++) {
      x0[i] *= scale;
    }
    double[][] noise =
        NestedArrays.toMatrix(rng.normal(s.boundCase() ? 0.0 : s.noiseSd(), s.steps(), s.d()));
    double diameter = 2 * s.radius();
    double g = frobenius(a) * s.radius() + ProjectedSgd.norm(b);
    double lr = s.boundCase() ? diameter / (g * Math.sqrt(s.steps())) : s.lr();
    ProjectedSgd.Run run = ProjectedSgd.projectedSgd(x0, a, b, noise, lr, s.radius());
    if (s.mustProject() && !leavesTheBall(run, a, b, noise, lr, s.radius())) {
      throw new IllegalStateException(name + ": no step leaves the ball");
    }
    double bound = ProjectedSgd.sgdBound(diameter, g, s.steps());
    if (s.boundCase()) {
      double gap =
          ProjectedSgd.objective(a, b, run.xAvg())
              - ProjectedSgd.objective(a, b, ProjectedSgd.minimumOnBall(a, b, s.radius()));
      if (!(gap <= bound)) {
        throw new IllegalStateException(name + ": f(x_avg) - f* = " + gap + " > " + bound);
      }
    }
    return builder
        .describe(s.describe())
        .input("x0", array(x0))
        .input("A", array(a))
        .input("b", array(b))
        .input("noise", array(noise))
        .input("lr", scalar(lr))
        .input("radius", scalar(s.radius()))
        .input("D", scalar(diameter))
        .input("G", scalar(g))
        .input("T", scalar(s.steps()))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("iterates", array(run.iterates()))
        .expect("x_avg", array(run.xAvg()))
        .expect("bound", scalar(bound))
        .build();
  }

  /** Whether some step x_t - lr g_t lands outside the ball (so the projection acts). */
  private static boolean leavesTheBall(
      ProjectedSgd.Run run, double[][] a, double[] b, double[][] noise, double lr, double r) {
    for (int t = 0; t < noise.length; t++) {
      double[] x = run.iterates()[t];
      double[] g = ProjectedSgd.gradient(a, b, x);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] - lr * (g[i] + noise[t][i]);
      }
      if (ProjectedSgd.norm(y) > r) {
        return true;
      }
    }
    return false;
  }

  /** M M^T / d + 0.2 I: symmetric positive definite, eigenvalues of order one. */
  private static double[][] positiveDefinite(Rng rng, int d) {
    double[][] m = NestedArrays.toMatrix(rng.normal(1.0, d, d));
    double[][] a = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double s = 0;
        for (int k = 0; k < d; k++) {
          s += m[i][k] * m[j][k];
        }
        a[i][j] = s / d + (i == j ? 0.2 : 0);
      }
    }
    return a;
  }

  private static double frobenius(double[][] a) {
    double s = 0;
    for (double[] row : a) {
      for (double v : row) {
        s += v * v;
      }
    }
    return Math.sqrt(s);
  }
}
