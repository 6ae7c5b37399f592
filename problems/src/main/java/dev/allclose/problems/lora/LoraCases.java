package dev.allclose.problems.lora;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.lora.LoraLinear;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 8, lora. Every case calls the three entry points on the same layer: {@code
 * lora_forward -> y}, {@code lora_merge -> W_merged} and {@code lora_backward -> dA, dB}.
 *
 * <p>Which case catches which mistake: every case but {@code rank-one} has r > 1, so scaling by
 * alpha instead of alpha / r changes y, W' and both gradients (only dB when B = 0); every case has
 * alpha != r, so a backward pass without the factor is off by alpha / r. Merging as A^T B^T gives
 * the transpose of the update: wrong values on the square layers (the first sample among them) and
 * an (in, out) shape that does not fit W on the others. The edge cases of the contract are r = 1, r
 * = min(in, out) both ways, a fresh adapter (B = 0, so y is the frozen layer and dA = 0) and N = 1.
 */
public final class LoraCases implements CaseGenerator {
  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call("lora_forward", List.of("x", "W", "b", "A", "B", "alpha"), List.of("y")),
          CaseCall.call("lora_merge", List.of("W", "A", "B", "alpha"), List.of("W_merged")),
          CaseCall.call(
              "lora_backward", List.of("x", "A", "B", "alpha", "grad_y"), List.of("dA", "dB")));

  /** The sizes of one case: N rows of x, in and out features, rank r, alpha, and B = 0 or not. */
  private record Shape(int n, int in, int out, int r, double alpha, boolean freshB) {
    static Shape of(int n, int in, int out, int r, double alpha) {
      return new Shape(n, in, out, r, alpha, false);
    }

    Shape fresh() {
      return new Shape(n, in, out, r, alpha, true);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "N = %d, d_in = %d, d_out = %d, r = %d, alpha = %s%s",
          n,
          in,
          out,
          r,
          alpha,
          freshB ? ", B = 0" : "");
    }
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, TestCase.sample("sample-1-square"), Shape.of(3, 4, 4, 2, 8.0)));
    cases.add(make(ctx, TestCase.sample("sample-2"), Shape.of(4, 6, 3, 2, 4.0)));
    cases.add(make(ctx, TestCase.hidden("rank-one"), Shape.of(5, 7, 4, 1, 2.0)));
    cases.add(make(ctx, TestCase.hidden("full-rank-tall"), Shape.of(4, 6, 9, 6, 3.0)));
    cases.add(make(ctx, TestCase.hidden("full-rank-wide"), Shape.of(6, 10, 4, 4, 12.0)));
    cases.add(
        make(ctx, TestCase.hidden("fresh-adapter-square"), Shape.of(4, 8, 8, 4, 16.0).fresh()));
    cases.add(make(ctx, TestCase.hidden("fresh-adapter"), Shape.of(3, 5, 7, 2, 1.0).fresh()));
    cases.add(make(ctx, TestCase.hidden("single-row"), Shape.of(1, 8, 6, 3, 6.0)));
    cases.add(make(ctx, TestCase.hidden("alpha-below-r"), Shape.of(5, 9, 7, 4, 0.5)));
    cases.add(make(ctx, TestCase.hidden("square-wider"), Shape.of(7, 12, 12, 3, 24.0)));
    cases.add(make(ctx, TestCase.hidden("larger"), Shape.of(64, 128, 96, 8, 16.0)));
    return cases;
  }

  /** W and A are N(0, 1/in) and B is N(0, 1/r), so every term of y stays of order one. */
  private static TestCase make(GenerationContext ctx, TestCase.Builder builder, Shape s) {
    Rng rng = ctx.rng(builder.name());
    double[][] x = NestedArrays.toMatrix(rng.normal(1.0, s.n(), s.in()));
    double[][] w = NestedArrays.toMatrix(rng.normal(1.0 / Math.sqrt(s.in()), s.out(), s.in()));
    double[] b = NestedArrays.toVector(rng.normal(1.0, s.out()));
    double[][] a = NestedArrays.toMatrix(rng.normal(1.0 / Math.sqrt(s.in()), s.r(), s.in()));
    double[][] bUp =
        s.freshB()
            ? new double[s.out()][s.r()]
            : NestedArrays.toMatrix(rng.normal(1.0 / Math.sqrt(s.r()), s.out(), s.r()));
    double[][] gradY = NestedArrays.toMatrix(rng.normal(1.0, s.n(), s.out()));
    LoraLinear.Gradients grads = LoraLinear.backward(x, a, bUp, s.alpha(), gradY);
    return builder
        .describe(s.describe())
        .input("x", array(x))
        .input("W", array(w))
        .input("b", array(b))
        .input("A", array(a))
        .input("B", array(bUp))
        .input("alpha", scalar(s.alpha()))
        .input("grad_y", array(gradY))
        .call(CALLS.get(0))
        .call(CALLS.get(1))
        .call(CALLS.get(2))
        .expect("y", array(LoraLinear.forward(x, w, b, a, bUp, s.alpha())))
        .expect("W_merged", array(LoraLinear.merge(w, a, bUp, s.alpha())))
        .expect("dA", array(grads.dA()))
        .expect("dB", array(grads.dB()))
        .build();
  }
}
