package dev.allclose.problems.online;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.online.Perceptron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 32, perceptron. Every case calls {@code perceptron_train(X, y, max_epochs) ->
 * w, b, mistakes_per_epoch} and {@code mistake_bound(X, y, w_star, b_star) -> bound}.
 *
 * <p>Features are multiples of 1/8 (or small integers) on all cases but {@code gaussian-features},
 * so every margin is an exact binary fraction and no decision depends on the order in which a
 * solution sums a dot product; on the Gaussian case the generator test checks that no margin comes
 * near zero. Which case catches which mistake: the first margin is always exactly 0, so updating
 * only on negative margins leaves w = 0 everywhere; {@code needs-bias}, {@code one-feature}, {@code
 * all-one-label} and {@code origin-and-duplicates} are separable only with an offset, so a
 * perceptron without b disagrees; a bound on the raw vectors leaves the 1 out of R^2 and b_star out
 * of the norm, which changes every finite bound; every converged case ends in the clean epoch's 0,
 * so dropping it changes the list's length; {@code non-separable-noise} and the XOR sample give a
 * separator that misclassifies a sample and {@code bound-zero-separator} a zero one, so a bound
 * that squares a non-positive margin returns a finite number or NaN where +inf is expected. Edge
 * cases of the contract: N = 1, D = 1, all labels equal, repeated samples and the origin, a sample
 * on the separator's hyperplane (gamma = 0), max_epochs = 1, training stopped halfway and one epoch
 * before the clean one, and converging exactly on the last allowed epoch.
 */
public final class PerceptronCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call(
              "perceptron_train",
              List.of("X", "y", "max_epochs"),
              List.of("w", "b", "mistakes_per_epoch")),
          CaseCall.call("mistake_bound", List.of("X", "y", "w_star", "b_star"), List.of("bound")));

  /** Enough epochs for every separable case here to converge (checked by the generator test). */
  static final int PLENTY = 10_000;

  private static final double STEP = 0.125;

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(sampleOne());
    cases.add(sampleXor());
    cases.add(singleSample());
    cases.add(oneFeature(ctx));
    cases.add(needsBias(ctx));
    cases.add(throughTheOrigin(ctx));
    cases.add(allOneLabel(ctx));
    cases.add(originAndDuplicates(ctx));
    cases.add(exactZeroMargins());
    cases.add(maxEpochsOne(ctx));
    cases.addAll(limits(ctx));
    cases.add(nonSeparableNoise(ctx));
    cases.add(boundTouching(ctx));
    cases.add(boundZeroSeparator(ctx));
    cases.add(boundOwnWeights(ctx));
    cases.add(boundBiasDominated(ctx));
    cases.add(gaussianFeatures(ctx));
    cases.add(large(ctx));
    return cases;
  }

  /** Labelled samples. A class rather than a record because its components are arrays. */
  static final class Samples {
    final double[][] x;
    final long[] y;

    Samples(double[][] x, long[] y) {
      this.x = x;
      this.y = y;
    }
  }

  private static TestCase sampleOne() {
    double[][] x = {{2, 1}, {1, 3}, {-1, -1}, {0, -2}, {3, 3}, {-2, 1}, {0.5, 0}, {1, 0.5}};
    long[] y = {1, 1, -1, -1, 1, -1, -1, 1};
    return make(
        TestCase.sample("sample-1"),
        "8 points in 2-D, separable by x1 + x2 = 1",
        new Samples(x, y),
        20,
        new double[] {1, 1},
        -1);
  }

  private static TestCase sampleXor() {
    double[][] x = {{0, 0}, {1, 1}, {1, 0}, {0, 1}};
    return make(
        TestCase.sample("sample-2-xor"),
        "XOR, not separable: every epoch has mistakes; (1, 1, -1) misclassifies (1, 1)",
        new Samples(x, new long[] {-1, -1, 1, 1}),
        5,
        new double[] {1, 1},
        -1);
  }

  private static TestCase singleSample() {
    return make(
        TestCase.hidden("single-sample"),
        "N = 1: one mistake, then a clean epoch",
        new Samples(new double[][] {{1.5, -2, 0.25}}, new long[] {-1}),
        10,
        new double[] {0, 1, 0},
        0);
  }

  private static TestCase oneFeature(GenerationContext ctx) {
    Rng rng = ctx.rng("one-feature");
    double[] w = {1};
    return make(
        TestCase.hidden("one-feature"),
        "D = 1, 40 points labelled by x > 2.5: the threshold needs the bias",
        separable(rng, 40, grid(w.length), w, -2.5, 0.2),
        PLENTY,
        w,
        -2.5);
  }

  private static TestCase needsBias(GenerationContext ctx) {
    Rng rng = ctx.rng("needs-bias");
    double[] w = {1, 0.5};
    Samples s = separable(rng, 60, shifted(grid(2), 5), w, -7.5, 0.25);
    return make(
        TestCase.hidden("needs-bias"),
        "60 points around (5, 5), separated by x1 + x2 / 2 = 7.5, far from the origin",
        s,
        PLENTY,
        w,
        -7.5);
  }

  private static TestCase throughTheOrigin(GenerationContext ctx) {
    Rng rng = ctx.rng("through-the-origin");
    double[] w = gridVector(rng, 3);
    return make(
        TestCase.hidden("through-the-origin"),
        "D = 3, 80 points labelled by a plane through the origin (b_star = 0)",
        separable(rng, 80, grid(3), w, 0, 0.3),
        PLENTY,
        w,
        0);
  }

  private static TestCase allOneLabel(GenerationContext ctx) {
    Rng rng = ctx.rng("all-one-label");
    double[][] x = points(rng, 20, grid(4));
    long[] y = new long[x.length];
    Arrays.fill(y, 1);
    return make(
        TestCase.hidden("all-one-label"),
        "every label +1; (0, 0, 0, 0) with b_star = 1 separates them",
        new Samples(x, y),
        PLENTY,
        new double[4],
        1);
  }

  private static TestCase originAndDuplicates(GenerationContext ctx) {
    Rng rng = ctx.rng("origin-and-duplicates");
    double[] w = {-1, 2};
    Samples s = separable(rng, 30, grid(2), w, 0.75, 0.2);
    double[][] x = Arrays.copyOf(s.x, 36);
    long[] y = Arrays.copyOf(s.y, 36);
    x[30] = new double[] {0, 0};
    y[30] = 1;
    for (int i = 31; i < 36; i++) {
      x[i] = s.x[i - 31].clone();
      y[i] = s.y[i - 31];
    }
    return make(
        TestCase.hidden("origin-and-duplicates"),
        "the origin (labelled +1) and five repeated samples among 36",
        new Samples(x, y),
        PLENTY,
        w,
        0.75);
  }

  /**
   * Integer features in [-2, 2]: margins are integers, so exact zeros keep occurring after the
   * first sample (counted by the generator test).
   */
  private static TestCase exactZeroMargins() {
    List<double[]> x = new ArrayList<>();
    List<Long> y = new ArrayList<>();
    for (int a = -2; a <= 2; a++) {
      for (int c = -2; c <= 2; c++) {
        x.add(new double[] {c, a});
        y.add(c + 2 * a + 0.5 > 0 ? 1L : -1L);
      }
    }
    return make(
        TestCase.hidden("exact-zero-margins"),
        "the 25 integer points of [-2, 2]^2: margins of exactly 0 occur in mid-training",
        new Samples(x.toArray(double[][]::new), y.stream().mapToLong(Long::longValue).toArray()),
        PLENTY,
        new double[] {1, 2},
        0.5);
  }

  private static TestCase maxEpochsOne(GenerationContext ctx) {
    Rng rng = ctx.rng("max-epochs-one");
    double[] w = gridVector(rng, 3);
    return make(
        TestCase.hidden("max-epochs-one"),
        "max_epochs = 1: a single pass, whatever it leaves",
        separable(rng, 50, grid(3), w, 0.5, 0.2),
        1,
        w,
        0.5);
  }

  /**
   * The three cases that stop near convergence share one data set whose clean epoch comes late:
   * stopped halfway, stopped just before the clean epoch (w and b are final, the list has no 0),
   * and stopped exactly on it.
   */
  private static List<TestCase> limits(GenerationContext ctx) {
    Rng rng = ctx.rng("limit-data");
    double[] w = {0.5, -1, 0.25};
    Samples s = separable(rng, 80, grid(3), w, 1.25, 0.05);
    int clean = Perceptron.train(s.x, s.y, PLENTY).mistakesPerEpoch().length;
    return List.of(
        make(
            TestCase.hidden("cut-off"),
            "separable, but max_epochs stops training halfway to the clean epoch",
            s,
            clean / 2,
            w,
            1.25),
        make(
            TestCase.hidden("stops-before-the-clean-epoch"),
            "max_epochs ends on the last epoch with mistakes: w, b final, but no 0 is recorded",
            s,
            clean - 1,
            w,
            1.25),
        make(
            TestCase.hidden("converges-at-the-limit"),
            "max_epochs equals the number of epochs to the clean one, which is still recorded",
            s,
            clean,
            w,
            1.25));
  }

  private static TestCase nonSeparableNoise(GenerationContext ctx) {
    Rng rng = ctx.rng("non-separable-noise");
    double[] w = gridVector(rng, 2);
    Samples s = separable(rng, 40, grid(2), w, -0.5, 0.3);
    for (int i : new int[] {3, 17, 29}) {
      s.y[i] = -s.y[i];
    }
    return make(
        TestCase.hidden("non-separable-noise"),
        "separable data with 3 labels flipped: never clean in 30 epochs; w_star misclassifies",
        s,
        30,
        w,
        -0.5);
  }

  /** A sample placed on the plane of w_star: gamma = 0 exactly, so the bound is +inf. */
  private static TestCase boundTouching(GenerationContext ctx) {
    Rng rng = ctx.rng("bound-touching");
    double[] w = {1, -1, 0, 0.5};
    Samples s = separable(rng, 40, grid(4), w, 0.25, 0.2);
    s.x[17] = new double[] {0.5, 0.25, 3, -1};
    s.y[17] = 1;
    return make(
        TestCase.hidden("bound-touching"),
        "one sample lies on the plane of (w_star, b_star): gamma = 0, the bound is inf",
        s,
        PLENTY,
        w,
        0.25);
  }

  private static TestCase boundZeroSeparator(GenerationContext ctx) {
    Rng rng = ctx.rng("bound-zero-separator");
    double[] w = gridVector(rng, 3);
    return make(
        TestCase.hidden("bound-zero-separator"),
        "w_star = 0 and b_star = 0 separate nothing: the bound is inf",
        separable(rng, 30, grid(3), w, -1, 0.2),
        PLENTY,
        new double[3],
        0);
  }

  /** The perceptron's own final weights separate the data, so they give a finite bound too. */
  private static TestCase boundOwnWeights(GenerationContext ctx) {
    Rng rng = ctx.rng("bound-own-weights");
    double[] w = gridVector(rng, 5);
    Samples s = separable(rng, 100, grid(5), w, 1, 0.2);
    Perceptron.Training t = Perceptron.train(s.x, s.y, PLENTY);
    return make(
        TestCase.hidden("bound-own-weights"),
        "D = 5; w_star, b_star are the perceptron's own converged weights",
        s,
        PLENTY,
        t.w(),
        t.b());
  }

  private static TestCase boundBiasDominated(GenerationContext ctx) {
    Rng rng = ctx.rng("bound-bias-dominated");
    double[] w = {0.125, -0.25};
    return make(
        TestCase.hidden("bound-bias-dominated"),
        "small features (within 1/2 of the origin) and |b_star| >> ||w_star||",
        separable(rng, 40, halfWidth(0.5), w, 0.0625, 0.01),
        PLENTY,
        w,
        0.0625);
  }

  private static TestCase gaussianFeatures(GenerationContext ctx) {
    Rng rng = ctx.rng("gaussian-features");
    int d = 8;
    double[] w = new double[d];
    for (int j = 0; j < d; j++) {
      w[j] = rng.nextGaussian();
    }
    double[][] x = new double[300][];
    long[] y = new long[300];
    double norm = Math.sqrt(dot(w, w) + 0.09);
    for (int i = 0; i < x.length; ) {
      double[] p = new double[d];
      for (int j = 0; j < d; j++) {
        p[j] = 2 * rng.nextGaussian();
      }
      double s = dot(w, p) + 0.3;
      if (Math.abs(s) >= 0.2 * norm) {
        x[i] = p;
        y[i++] = s > 0 ? 1 : -1;
      }
    }
    return make(
        TestCase.hidden("gaussian-features"),
        "N = 300, D = 8, continuous Gaussian features (not on a grid)",
        new Samples(x, y),
        PLENTY,
        w,
        0.3);
  }

  private static TestCase large(GenerationContext ctx) {
    Rng rng = ctx.rng("large");
    double[] w = gridVector(rng, 20);
    return make(
        TestCase.hidden("large"),
        "N = 2000, D = 20",
        separable(rng, 2000, grid(20), w, 0.5, 0.1),
        PLENTY,
        w,
        0.5);
  }

  private static TestCase make(
      TestCase.Builder builder,
      String description,
      Samples s,
      int maxEpochs,
      double[] wStar,
      double bStar) {
    Perceptron.Training t = Perceptron.train(s.x, s.y, maxEpochs);
    long[] mistakes = Arrays.stream(t.mistakesPerEpoch()).asLongStream().toArray();
    return builder
        .describe(description)
        .input("X", array(s.x))
        .input("y", NdArray.ofLongs(s.y, s.y.length))
        .input("max_epochs", scalar(maxEpochs))
        .input("w_star", array(wStar))
        .input("b_star", scalar(bStar))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .expect("w", array(t.w()))
        .expect("b", scalar(t.b()))
        .expect("mistakes_per_epoch", NdArray.ofLongs(mistakes, mistakes.length))
        .expect("bound", scalar(Perceptron.mistakeBound(s.x, s.y, wStar, bStar)))
        .build();
  }

  /** Where the features of a case are drawn: a box of multiples of 1/8, maybe shifted. */
  private record Box(int dims, double halfWidth, double shift) {}

  private static Box grid(int dims) {
    return new Box(dims, 4, 0);
  }

  private static Box halfWidth(double half) {
    return new Box(2, half, 0);
  }

  private static Box shifted(Box box, double by) {
    return new Box(box.dims(), box.halfWidth(), by);
  }

  /** n points of the box, each coordinate a multiple of 1/8 drawn uniformly. */
  private static double[][] points(Rng rng, int n, Box box) {
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = point(rng, box);
    }
    return x;
  }

  private static double[] point(Rng rng, Box box) {
    int k = (int) Math.round(box.halfWidth() / STEP);
    double[] p = new double[box.dims()];
    for (int j = 0; j < p.length; j++) {
      p[j] = box.shift() + STEP * rng.nextInt(-k, k);
    }
    return p;
  }

  /** A nonzero vector of multiples of 1/8 in [-2, 2]. */
  private static double[] gridVector(Rng rng, int dims) {
    double[] w = point(rng, new Box(dims, 2, 0));
    if (dot(w, w) == 0) {
      w[0] = 1;
    }
    return w;
  }

  /**
   * n points of the box at a distance of at least {@code margin} (relative to ||(w, b)||) from the
   * plane w.x + b = 0, labelled by its side; points closer to the plane are drawn again.
   */
  private static Samples separable(Rng rng, int n, Box box, double[] w, double b, double margin) {
    double norm = Math.sqrt(dot(w, w) + b * b);
    double[][] x = new double[n][];
    long[] y = new long[n];
    for (int i = 0; i < n; ) {
      double[] p = point(rng, box);
      double s = dot(w, p) + b;
      if (Math.abs(s) >= margin * norm) {
        x[i] = p;
        y[i++] = s > 0 ? 1 : -1;
      }
    }
    return new Samples(x, y);
  }

  private static double dot(double[] a, double[] c) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * c[j];
    }
    return s;
  }
}
