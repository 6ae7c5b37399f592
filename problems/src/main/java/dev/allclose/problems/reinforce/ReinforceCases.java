package dev.allclose.problems.reinforce;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.reinforce.Reinforce;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cases for problem 6, reinforce. Every case with T > 1 and gamma < 1 separates discounted from
 * undiscounted returns, and every case with T > 1 separates G_t from the whole-episode return;
 * every case with a nonzero advantage exposes a descent step and a score without the softmax term.
 * Edge cases: T = 1 with and without the baseline (with it the advantage is 0), gamma = 0 and gamma
 * = 1, the baseline argument left to its default, rewards of both signs with large spikes, logits
 * in the thousands (a softmax without the max subtraction overflows), and a 200-step episode.
 */
public final class ReinforceCases implements CaseGenerator {

  /**
   * The shape of an episode and its hyperparameters; {@code baseline} null leaves the argument out
   * so that its default applies; {@code logitScale} multiplies both theta and the states, so the
   * logits grow with its square.
   */
  private record Episode(
      int t,
      int f,
      int a,
      double gamma,
      double lr,
      @Nullable Boolean baseline,
      double logitScale,
      boolean spikes) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-1"),
            "T = 4, gamma 0.9, with baseline",
            new Episode(4, 3, 2, 0.9, 0.1, true, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-2-no-baseline"),
            "T = 5, gamma 0.5, no baseline",
            new Episode(5, 2, 3, 0.5, 0.05, false, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("single-step"),
            "T = 1 with baseline: the advantage is 0",
            new Episode(1, 3, 3, 0.9, 0.5, true, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("single-step-no-baseline"),
            "T = 1, no baseline",
            new Episode(1, 3, 3, 0.7, 0.5, false, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("gamma-zero"),
            "gamma = 0, baseline left to its default",
            new Episode(6, 3, 4, 0.0, 0.1, null, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("gamma-one"),
            "gamma = 1, no baseline",
            new Episode(7, 4, 3, 1.0, 0.1, false, 1, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("mixed-sign-rewards"),
            "T = 12, rewards with spikes of +-10, with baseline",
            new Episode(12, 4, 3, 0.95, 0.05, true, 1, true)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("large-logits"),
            "logits in the thousands, with baseline",
            new Episode(8, 3, 4, 0.9, 0.01, true, 25, false)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("long-episode"),
            "T = 200, gamma 0.99, baseline left to its default",
            new Episode(200, 6, 5, 0.99, 0.01, null, 1, false)));
    return cases;
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, String description, Episode e) {
    Rng rng = ctx.rng(builder.name());
    double[][] theta = NestedArrays.toMatrix(rng.normal(e.logitScale(), e.f(), e.a()));
    double[][] states = NestedArrays.toMatrix(rng.normal(e.logitScale(), e.t(), e.f()));
    int[] actions = new int[e.t()];
    for (int i = 0; i < e.t(); i++) {
      actions[i] = rng.nextInt(e.a());
    }
    double[] rewards = rewards(rng, e);
    boolean baseline = e.baseline() == null || e.baseline();
    Reinforce.Update u =
        Reinforce.step(theta, states, actions, rewards, e.gamma(), e.lr(), baseline);
    builder
        .describe(description)
        .input("theta", array(theta))
        .input("states", array(states))
        .input("actions", NdArray.ofLongs(toLongs(actions), e.t()))
        .input("rewards", array(rewards))
        .input("gamma", scalar(e.gamma()))
        .input("lr", scalar(e.lr()));
    if (e.baseline() != null) {
      builder.input("baseline", flag(e.baseline()));
    }
    return builder
        .expect("returns", array(u.returns()))
        .expect("grad", array(u.grad()))
        .expect("new_theta", array(u.newTheta()))
        .build();
  }

  /** N(0, 1) rewards, or with spikes: mostly 0, with +10 or -10 at about one step in three. */
  private static double[] rewards(Rng rng, Episode e) {
    double[] r = new double[e.t()];
    for (int i = 0; i < r.length; i++) {
      if (!e.spikes()) {
        r[i] = rng.nextGaussian();
      } else if (rng.nextInt(3) == 0) {
        r[i] = rng.nextBoolean() ? 10.0 : -10.0;
      } else {
        r[i] = 0.1 * rng.nextGaussian();
      }
    }
    return r;
  }

  private static long[] toLongs(int[] v) {
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }
}
