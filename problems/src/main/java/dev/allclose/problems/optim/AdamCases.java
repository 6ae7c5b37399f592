package dev.allclose.problems.optim;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.optim.Adam;
import dev.allclose.reference.optim.Adam.Hyper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 15, adam: one call of {@code adam_step(param, grad, m, v, t, lr, beta1, beta2,
 * eps, weight_decay, decoupled) -> (param, m, v)} per case, every argument given. The state of a
 * case with t > 1 is what the reference reaches after t - 1 steps (at most {@value #HISTORY}) on
 * random gradients of the case's scale, so m and v are consistent with a real run.
 *
 * <p>Which case catches which mistake:
 *
 * <ul>
 *   <li>no bias correction: every t = 1 case ({@code sample-1-first-step}, {@code first-step},
 *       {@code tiny-v-first-step}) and {@code early-steps} (t = 2), where 1 - beta^t is far from 1:
 *       from rest at t = 1, m / sqrt(v) = 0.1 g / (0.032 |g|), 3.2 times the corrected ratio;
 *   <li>0-based t (correcting with 1 - beta^(t+1)): the same small-t cases, where the two
 *       corrections differ by a factor near 2;
 *   <li>eps inside the square root: {@code tiny-v} and {@code tiny-v-first-step} (gradients of 1e-7
 *       and 1e-9, so sqrt(v_hat) is at or below eps and sqrt(v_hat + eps) is about 1e-4), and
 *       {@code no-momentum-large-eps} (eps = 1e-3 against sqrt(v_hat) near 1e-2);
 *   <li>L2 and decoupled decay swapped: {@code sample-2-l2-decay}, {@code l2-decay}, {@code
 *       decoupled-decay}, {@code decoupled-long-run}, and the two zero-gradient cases with decay,
 *       where one form moves the parameter by about lr and the other shrinks it by lr * wd.
 * </ul>
 *
 * The other edge cases of the contract: t = 10^6 (both corrections are 1 to double precision),
 * beta1 = 0, a zero gradient after a history (the step runs on the decayed moments), a zero
 * gradient from rest (0 / (0 + eps): the parameter must not move), and a 10^4-element vector.
 */
public final class AdamCases implements CaseGenerator {
  /** Steps simulated at most to make the state before step t. */
  static final int HISTORY = 2000;

  /** One case: vector size, step t, hyper-parameters, gradient scale, and a zero last gradient. */
  private record Spec(int size, int t, Hyper hyper, double gradScale, boolean zeroGrad) {
    static Spec of(int size, int t, Hyper hyper) {
      return new Spec(size, t, hyper, 1.0, false);
    }

    Spec withGradScale(double scale) {
      return new Spec(size, t, hyper, scale, zeroGrad);
    }

    Spec withZeroGrad() {
      return new Spec(size, t, hyper, gradScale, true);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%d elements, t = %d, lr = %s, betas = (%s, %s), eps = %s, weight_decay = %s%s,"
              + " gradients of scale %s%s",
          size,
          t,
          hyper.lr(),
          hyper.beta1(),
          hyper.beta2(),
          hyper.eps(),
          hyper.weightDecay(),
          hyper.decoupled() ? " (decoupled)" : "",
          gradScale,
          zeroGrad ? ", the last gradient zero" : "");
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    Hyper defaults = Hyper.defaults();
    Hyper fast = defaults.withLr(1e-2);
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1-first-step"), Spec.of(6, 1, defaults)));
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-2-l2-decay"),
            Spec.of(6, 4, fast.withWeightDecay(0.1, false))));
    cases.add(make(ctx, TestCase.hidden("first-step"), Spec.of(20, 1, fast)));
    cases.add(make(ctx, TestCase.hidden("early-steps"), Spec.of(12, 2, fast)));
    cases.add(make(ctx, TestCase.hidden("mid-training"), Spec.of(16, 50, defaults)));
    cases.add(make(ctx, TestCase.hidden("large-t"), Spec.of(16, 1_000_000, defaults)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("no-momentum-large-eps"),
            Spec.of(8, 3, defaults.withLr(0.1).withBetas(0.0, 0.5).withEps(1e-3))
                .withGradScale(1e-2)));
    cases.add(
        make(ctx, TestCase.hidden("l2-decay"), Spec.of(16, 10, fast.withWeightDecay(0.1, false))));
    cases.add(
        make(
            ctx,
            TestCase.hidden("decoupled-decay"),
            Spec.of(16, 10, fast.withWeightDecay(0.1, true))));
    cases.add(
        make(
            ctx,
            TestCase.hidden("decoupled-long-run"),
            Spec.of(16, 5000, defaults.withLr(0.05).withWeightDecay(0.01, true))));
    cases.add(make(ctx, TestCase.hidden("zero-gradient"), Spec.of(10, 20, fast).withZeroGrad()));
    cases.add(
        make(ctx, TestCase.hidden("zero-gradient-from-rest"), Spec.of(10, 1, fast).withZeroGrad()));
    cases.add(
        make(
            ctx,
            TestCase.hidden("zero-gradient-l2"),
            Spec.of(10, 1, fast.withWeightDecay(0.05, false)).withZeroGrad()));
    cases.add(
        make(
            ctx,
            TestCase.hidden("zero-gradient-decoupled"),
            Spec.of(10, 1, fast.withWeightDecay(0.05, true)).withZeroGrad()));
    cases.add(make(ctx, TestCase.hidden("tiny-v"), Spec.of(12, 3, fast).withGradScale(1e-7)));
    cases.add(
        make(ctx, TestCase.hidden("tiny-v-first-step"), Spec.of(12, 1, fast).withGradScale(1e-9)));
    cases.add(
        make(
            ctx,
            TestCase.hidden("larger"),
            Spec.of(10_000, 100, defaults.withWeightDecay(0.01, true))));
    return cases;
  }

  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Spec s) {
    Rng rng = ctx.rng(builder.name());
    double[] param = vector(rng, 1.0, s.size());
    double[] m = new double[s.size()];
    double[] v = new double[s.size()];
    int done = Math.min(s.t() - 1, HISTORY);
    for (int k = 1; k <= done; k++) {
      Adam.State st = Adam.step(param, vector(rng, s.gradScale(), s.size()), m, v, k, s.hyper());
      param = st.param();
      m = st.m();
      v = st.v();
    }
    double[] grad = s.zeroGrad() ? new double[s.size()] : vector(rng, s.gradScale(), s.size());
    Adam.State after = Adam.step(param, grad, m, v, s.t(), s.hyper());
    Hyper h = s.hyper();
    return builder
        .describe(s.describe())
        .input("param", array(param))
        .input("grad", array(grad))
        .input("m", array(m))
        .input("v", array(v))
        .input("t", scalar(s.t()))
        .input("lr", scalar(h.lr()))
        .input("beta1", scalar(h.beta1()))
        .input("beta2", scalar(h.beta2()))
        .input("eps", scalar(h.eps()))
        .input("weight_decay", scalar(h.weightDecay()))
        .input("decoupled", flag(h.decoupled()))
        .expect("param", array(after.param()))
        .expect("m", array(after.m()))
        .expect("v", array(after.v()))
        .build();
  }

  private static double[] vector(Rng rng, double scale, int size) {
    return NestedArrays.toVector(rng.normal(scale, size));
  }
}
