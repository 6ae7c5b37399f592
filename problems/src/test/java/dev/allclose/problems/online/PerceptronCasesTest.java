package dev.allclose.problems.online;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The perceptron cases keep the promises the statement and the editorial make: separable cases
 * converge, the limit cases stop where their names say, the bounds are infinite exactly where the
 * separator fails and otherwise hold, margins are exact, and each pitfall of the contract (replayed
 * here as a variant of the rule) disagrees with at least one hidden case.
 */
class PerceptronCasesTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("perceptron");

  private static final List<TestCase> CASES =
      BuiltInPackages.cases("perceptron", new PerceptronCases());

  private static final Set<String> INFINITE_BOUND =
      Set.of("sample-2-xor", "non-separable-noise", "bound-touching", "bound-zero-separator");

  /** Far above rounding: no decision on the Gaussian case can depend on the order of a sum. */
  private static final double ROBUST_MARGIN = 1e-9;

  @Test
  void separableCasesConvergeWellBeforeTheCap() {
    for (TestCase c : CASES) {
      if (maxEpochs(c) == PerceptronCases.PLENTY) {
        long[] m = mistakes(c);
        assertThat(m[m.length - 1]).as(c.name()).isZero();
        assertThat(m.length).as(c.name()).isLessThan(PerceptronCases.PLENTY / 10);
      }
    }
  }

  @Test
  void theLimitCasesStopWhereTheirNamesSay() {
    long[] halfway = mistakes(find("cut-off"));
    long[] before = mistakes(find("stops-before-the-clean-epoch"));
    long[] atLimit = mistakes(find("converges-at-the-limit"));
    assertThat(atLimit.length).isEqualTo(maxEpochs(find("converges-at-the-limit")));
    assertThat(atLimit[atLimit.length - 1]).isZero();
    assertThat(before).containsExactly(Arrays.copyOf(atLimit, atLimit.length - 1));
    assertThat(before).doesNotContain(0L);
    assertThat(halfway.length).isLessThan(before.length).isGreaterThan(1);
    assertThat(halfway).doesNotContain(0L);
    assertThat(vector(find("stops-before-the-clean-epoch"), "w"))
        .containsExactly(vector(find("converges-at-the-limit"), "w"));
    assertThat(vector(find("cut-off"), "w"))
        .isNotEqualTo(vector(find("converges-at-the-limit"), "w"));
  }

  @Test
  void nonSeparableCasesNeverHaveACleanEpoch() {
    for (String name : List.of("sample-2-xor", "non-separable-noise")) {
      assertThat(mistakes(find(name))).as(name).hasSize(maxEpochs(find(name))).doesNotContain(0L);
    }
  }

  @Test
  void theBoundIsInfiniteExactlyWhereTheSeparatorFails() {
    for (TestCase c : CASES) {
      double bound = scalar(c, "bound");
      assertThat(Double.isInfinite(bound))
          .as(c.name())
          .isEqualTo(INFINITE_BOUND.contains(c.name()));
    }
  }

  /** Novikoff: the mistakes made so far never exceed (R / gamma)^2, converged or not. */
  @Test
  void mistakesStayWithinNovikoffsBound() {
    for (TestCase c : CASES) {
      long total = Arrays.stream(mistakes(c)).sum();
      assertThat((double) total).as(c.name()).isLessThanOrEqualTo(scalar(c, "bound"));
    }
  }

  @Test
  void featuresAreMultiplesOfAnEighthExceptOnTheGaussianCase() {
    for (TestCase c : CASES) {
      boolean onGrid =
          Arrays.stream(x(c))
              .flatMapToDouble(Arrays::stream)
              .allMatch(v -> v * 8 == Math.rint(v * 8));
      assertThat(onGrid).as(c.name()).isEqualTo(!c.name().equals("gaussian-features"));
    }
  }

  @Test
  void exactZeroMarginsOccurInMidTraining() {
    Replay r = Rule.CORRECT.train(find("exact-zero-margins"));
    assertThat(r.zeroMarginsAfterTheFirst()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void gaussianDecisionsAreFarFromRounding() {
    Replay r = Rule.CORRECT.train(find("gaussian-features"));
    assertThat(r.smallestRelativeMargin()).isGreaterThan(ROBUST_MARGIN);
    assertThat(r.mistakes()).containsExactly(mistakes(find("gaussian-features")));
  }

  @Test
  void theReplayedRuleReproducesEveryCase() {
    for (TestCase c : CASES) {
      assertThat(disagrees(c, Rule.CORRECT::train, PerceptronCasesTest::bound))
          .as(c.name())
          .isFalse();
    }
  }

  /** Each pitfall of the contract and the editorial fails at least one hidden case. */
  @Test
  void everyPitfallFailsAHiddenCase() {
    Map<String, List<String>> caught =
        Map.of(
            "strictly negative margin",
            failing(Rule.STRICT::train, PerceptronCasesTest::bound),
            "no bias",
            failing(Rule.NO_BIAS::train, PerceptronCasesTest::bound),
            "dropped clean epoch",
            failing(Rule.DROPS_CLEAN_EPOCH::train, PerceptronCasesTest::bound),
            "bound without augmentation",
            failing(Rule.CORRECT::train, PerceptronCasesTest::unaugmentedBound),
            "bound squaring a non-positive margin",
            failing(Rule.CORRECT::train, PerceptronCasesTest::boundWithoutCheck));
    caught.forEach((pitfall, cases) -> assertThat(cases).as(pitfall).isNotEmpty());
    assertThat(caught.get("strictly negative margin")).hasSize(CASES.size() - 2);
    assertThat(caught.get("no bias"))
        .contains("needs-bias", "one-feature", "all-one-label", "origin-and-duplicates");
    assertThat(caught.get("bound without augmentation"))
        .containsExactlyInAnyOrderElementsOf(
            hiddenNames(c -> !Double.isInfinite(scalar(c, "bound"))));
    assertThat(caught.get("dropped clean epoch"))
        .containsExactlyInAnyOrderElementsOf(
            hiddenNames(c -> mistakes(c)[mistakes(c).length - 1] == 0));
    assertThat(caught.get("bound squaring a non-positive margin"))
        .contains("non-separable-noise", "bound-zero-separator");
  }

  private static List<String> hiddenNames(java.util.function.Predicate<TestCase> which) {
    return CASES.stream().filter(c -> !c.visible()).filter(which).map(TestCase::name).toList();
  }

  private static List<String> failing(
      Function<TestCase, Replay> train, Function<TestCase, Double> bound) {
    return CASES.stream()
        .filter(c -> !c.visible())
        .filter(c -> disagrees(c, train, bound))
        .map(TestCase::name)
        .collect(Collectors.toList());
  }

  private static boolean disagrees(
      TestCase c, Function<TestCase, Replay> train, Function<TestCase, Double> bound) {
    Replay r = train.apply(c);
    return !Arrays.equals(r.mistakes(), mistakes(c))
        || !close(r.w(), vector(c, "w"))
        || !close(new double[] {r.b()}, new double[] {scalar(c, "b")})
        || !close(new double[] {bound.apply(c)}, new double[] {scalar(c, "bound")});
  }

  private static boolean close(double[] actual, double[] expected) {
    if (actual.length != expected.length) {
      return false;
    }
    for (int i = 0; i < actual.length; i++) {
      if (!Tolerance.DEFAULT.accepts(expected[i], actual[i])) {
        return false;
      }
    }
    return true;
  }

  /** A training run replayed in the test, with what the assertions need to know about it. */
  record Replay(
      double[] w,
      double b,
      long[] mistakes,
      int zeroMarginsAfterTheFirst,
      double smallestRelativeMargin) {}

  /** The rule of the contract and the pitfalls that change it. */
  enum Rule {
    CORRECT,
    STRICT,
    NO_BIAS,
    DROPS_CLEAN_EPOCH;

    Replay train(TestCase c) {
      double[][] x = x(c);
      long[] y = labels(c);
      double[] w = new double[x[0].length];
      double b = 0;
      List<Long> counts = new ArrayList<>();
      int zeros = 0;
      double smallest = Double.POSITIVE_INFINITY;
      boolean first = true;
      for (int epoch = 0; epoch < maxEpochs(c); epoch++) {
        long made = 0;
        for (int i = 0; i < x.length; i++) {
          double m = dot(w, x[i]) + b;
          if (m == 0 && !first) {
            zeros++;
          } else if (m != 0) {
            smallest =
                Math.min(
                    smallest, Math.abs(m) / Math.sqrt((dot(w, w) + b * b) * (dot(x[i], x[i]) + 1)));
          }
          first = false;
          if (this == STRICT ? y[i] * m < 0 : y[i] * m <= 0) {
            for (int j = 0; j < w.length; j++) {
              w[j] += y[i] * x[i][j];
            }
            b += this == NO_BIAS ? 0 : y[i];
            made++;
          }
        }
        if (made > 0 || this != DROPS_CLEAN_EPOCH) {
          counts.add(made);
        }
        if (made == 0) {
          break;
        }
      }
      return new Replay(
          w, b, counts.stream().mapToLong(Long::longValue).toArray(), zeros, smallest);
    }
  }

  private static double bound(TestCase c) {
    return augmented(c, true, true);
  }

  private static double unaugmentedBound(TestCase c) {
    return augmented(c, false, true);
  }

  private static double boundWithoutCheck(TestCase c) {
    return augmented(c, true, false);
  }

  /** (R / gamma)^2 with or without the constant 1 and b_star, with or without the sign check. */
  private static double augmented(TestCase c, boolean withOne, boolean checked) {
    double[][] x = x(c);
    long[] y = labels(c);
    double[] w = vector(c, "w_star");
    double b = scalar(c, "b_star");
    double radiusSq = 0;
    double worst = Double.POSITIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      radiusSq = Math.max(radiusSq, dot(x[i], x[i]) + (withOne ? 1 : 0));
      worst = Math.min(worst, y[i] * (dot(w, x[i]) + b));
    }
    if (checked && worst <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double gamma = worst / Math.sqrt(dot(w, w) + (withOne ? b * b : 0));
    return radiusSq / (gamma * gamma);
  }

  private static TestCase find(String name) {
    return CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static double[][] x(TestCase c) {
    return NestedArrays.toMatrix(c.inputs().get("X"));
  }

  private static long[] labels(TestCase c) {
    return c.inputs().get("y").toLongArray();
  }

  private static int maxEpochs(TestCase c) {
    return Math.toIntExact(c.inputs().get("max_epochs").getLong(0));
  }

  private static long[] mistakes(TestCase c) {
    return c.expected().get("mistakes_per_epoch").toLongArray();
  }

  private static double[] vector(TestCase c, String name) {
    var a = c.inputs().containsKey(name) ? c.inputs().get(name) : c.expected().get(name);
    return a.toDoubleArray();
  }

  private static double scalar(TestCase c, String name) {
    var a = c.inputs().containsKey(name) ? c.inputs().get(name) : c.expected().get(name);
    return a.getDouble(0);
  }

  private static double dot(double[] a, double[] c) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * c[j];
    }
    return s;
  }
}
