package dev.allclose.reference.optim;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Npz;
import dev.allclose.numeric.Rng;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectedSgdTest {
  /** SciPy's constrained minimiser, refined by root finding, against our bisection. */
  private static final double MINIMISER_TOL = 1e-8;

  /** One case of make_projected_sgd.py (a NumPy loop; SciPy for the minimiser). */
  record NumpyCase(String name, Map<String, NdArray> arrays) {
    double[][] matrix(String key) {
      return NestedArrays.toMatrix(arrays.get(key));
    }

    double[] vector(String key) {
      return NestedArrays.toVector(arrays.get(key));
    }

    double scalar(String key) {
      return arrays.get(key).getDouble(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<NumpyCase> numpy() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
            Objects.requireNonNull(
                    ProjectedSgdTest.class.getResource(
                        "/dev/allclose/reference/optim/projected-sgd"))
                .toURI());
    List<NumpyCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".npz")).sorted().toList()) {
        cases.add(new NumpyCase(p.getFileName().toString().replace(".npz", ""), Npz.read(p)));
      }
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(6);
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithNumpyAndScipy(NumpyCase c) {
    double[][] a = c.matrix("A");
    double[] b = c.vector("b");
    double radius = c.scalar("radius");
    ProjectedSgd.Run run =
        ProjectedSgd.projectedSgd(c.vector("x0"), a, b, c.matrix("noise"), c.scalar("lr"), radius);
    assertGolden(run.iterates(), c.arrays().get("iterates"), c + " iterates");
    assertGolden(run.xAvg(), c.arrays().get("x_avg"), c + " x_avg");
    double[] xStar = ProjectedSgd.minimumOnBall(a, b, radius);
    double[] expected = c.vector("x_star");
    for (int i = 0; i < xStar.length; i++) {
      assertThat(xStar[i]).as("x*[%d]", i).isCloseTo(expected[i], within(MINIMISER_TOL));
    }
    int steps = c.arrays().get("noise").shape()[0];
    assertThat(ProjectedSgd.sgdBound(c.scalar("D"), c.scalar("G"), steps))
        .isCloseTo(c.scalar("bound"), within(1e-12));
  }

  /**
   * The deterministic bound of the averaged iterate: with no noise, x_0 in the ball, D = 2 r, G =
   * ||A||_F r + |b| (at least |A x - b| on the ball) and lr = D / (G sqrt(T)), f(x_avg) - f(x*) <=
   * D G / sqrt(T) on every run.
   */
  @Test
  void noiseFreeRunsMeetTheBound() {
    Rng rng = new Rng(23);
    for (int trial = 0; trial < 200; trial++) {
      int d = 1 + rng.nextInt(6);
      int steps = 1 + rng.nextInt(300);
      Problem p = Problem.random(rng, d, 0.5 + 3 * rng.nextDouble(), 4 * rng.nextDouble());
      double lr = p.diameter() / (p.gradientBound() * Math.sqrt(steps));
      ProjectedSgd.Run run =
          ProjectedSgd.projectedSgd(p.x0, p.a, p.b, new double[steps][d], lr, p.radius);
      double gap = p.gap(run.xAvg());
      assertThat(gap)
          .as("trial %d", trial)
          .isLessThanOrEqualTo(ProjectedSgd.sgdBound(p.diameter(), p.gradientBound(), steps));
    }
  }

  /**
   * With zero-mean noise the bound holds in expectation, G^2 bounding E|g_t|^2: Monte Carlo over
   * 400 noise draws, with a margin of four standard errors.
   */
  @Test
  void noisyRunsMeetTheBoundInExpectation() {
    Rng rng = new Rng(29);
    int d = 4;
    int steps = 100;
    double sd = 0.5;
    Problem p = Problem.random(rng, d, 1.0, 3.0);
    double g = Math.sqrt(Math.pow(p.gradientBound(), 2) + d * sd * sd);
    double lr = p.diameter() / (g * Math.sqrt(steps));
    int draws = 400;
    double sum = 0;
    double sumSq = 0;
    for (int k = 0; k < draws; k++) {
      double[][] noise = NestedArrays.toMatrix(rng.normal(sd, steps, d));
      double gap = p.gap(ProjectedSgd.projectedSgd(p.x0, p.a, p.b, noise, lr, p.radius).xAvg());
      sum += gap;
      sumSq += gap * gap;
    }
    double mean = sum / draws;
    double se = Math.sqrt((sumSq / draws - mean * mean) / draws);
    assertThat(mean - 4 * se).isLessThanOrEqualTo(ProjectedSgd.sgdBound(p.diameter(), g, steps));
  }

  @Test
  void oneStepAveragesOnlyTheStart() {
    double[] x0 = {5, 0};
    double[][] a = {{1, 0}, {0, 1}};
    ProjectedSgd.Run run =
        ProjectedSgd.projectedSgd(x0, a, new double[] {0, 0}, new double[1][2], 0.5, 1.0);
    assertThat(run.xAvg()).containsExactly(5, 0);
    assertThat(run.iterates()[0]).containsExactly(5, 0);
    assertThat(run.iterates()[1]).containsExactly(1, 0); // 2.5 projected to the unit circle
  }

  @Test
  void projectionIsTheNearestPointOfTheBall() {
    Rng rng = new Rng(31);
    for (int trial = 0; trial < 500; trial++) {
      double[] y = NestedArrays.toVector(rng.normal(3.0, 3));
      double[] p = ProjectedSgd.project(y, 1.0);
      double best = distance(y, p);
      double[] z = NestedArrays.toVector(rng.normal(1.0, 3));
      double[] inBall = ProjectedSgd.project(z, 1.0);
      assertThat(distance(y, inBall)).isGreaterThanOrEqualTo(best - 1e-12);
    }
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(s);
  }

  /** A random strongly convex quadratic, a ball and a start inside it. */
  private static final class Problem {
    final double[][] a;
    final double[] b;
    final double[] x0;
    final double radius;

    private Problem(double[][] a, double[] b, double[] x0, double radius) {
      this.a = a;
      this.b = b;
      this.x0 = x0;
      this.radius = radius;
    }

    static Problem random(Rng rng, int d, double radius, double bScale) {
      double[][] m = NestedArrays.toMatrix(rng.normal(1.0, d, d));
      double[][] a = new double[d][d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          for (int k = 0; k < d; k++) {
            a[i][j] += m[i][k] * m[j][k] / d;
          }
        }
        a[i][i] += 0.1;
      }
      double[] b = NestedArrays.toVector(rng.normal(bScale, d));
      double[] x0 = ProjectedSgd.project(NestedArrays.toVector(rng.normal(radius, d)), radius);
      return new Problem(a, b, x0, radius);
    }

    double diameter() {
      return 2 * radius;
    }

    /** ||A||_F r + |b| >= |A x - b| for |x| <= r, since ||A||_2 <= ||A||_F. */
    double gradientBound() {
      double f = 0;
      for (double[] row : a) {
        for (double v : row) {
          f += v * v;
        }
      }
      return Math.sqrt(f) * radius + ProjectedSgd.norm(b);
    }

    double gap(double[] x) {
      return ProjectedSgd.objective(a, b, x)
          - ProjectedSgd.objective(a, b, ProjectedSgd.minimumOnBall(a, b, radius));
    }
  }
}
