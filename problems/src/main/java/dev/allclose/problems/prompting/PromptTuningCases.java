package dev.allclose.problems.prompting;

import static dev.allclose.judge.cases.TestCase.hidden;
import static dev.allclose.judge.cases.TestCase.sample;
import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.prompting.SoftPromptTuning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 52, prompt-tuning: one call of {@code prompt_tuning_loss_and_grad(P, token_ids,
 * labels, E, Pos, W, b) -> (loss, dP)} per case. Every case but the samples' second draws distinct
 * random position rows, so each wrong solution of the contract is caught by every hidden case with
 * B > 1, n > 1 and T > 1:
 *
 * <ul>
 *   <li>token positions restarting at 0 after the prompt: the tokens read Pos[0:T] instead of
 *       Pos[n:n+T] (in {@code one-prompt-vector}, n = 1, it still differs: the token rows shift);
 *   <li>the prompt appended after the tokens: the prompt rows read Pos[T:T+n];
 *   <li>dP summed over the batch instead of averaged: off by a factor B (not in {@code
 *       single-sequence}, B = 1);
 *   <li>the tanh derivative forgotten: most visibly {@code saturated-tanh}, whose inputs have a
 *       scale of 4, where 1 - tanh^2 is near 0;
 *   <li>prompt positions left out of the pooling: the loss no longer depends on P and dP is 0.
 * </ul>
 *
 * {@code large-logits} scales the head so that the logits reach the thousands (beyond 709.8, where
 * exp overflows), and a softmax without the maximum subtracted overflows; {@code long-positions}
 * has L well above n + T; {@code large-batch} sizes the time limit.
 */
public final class PromptTuningCases implements CaseGenerator {
  /** Sizes of one case: batch, prompt length, tokens, vocabulary, width, classes, positions. */
  private record Shape(int b, int n, int t, int vocab, int d, int classes, int positions) {
    static Shape of(int b, int n, int t, int vocab, int d, int classes) {
      return new Shape(b, n, t, vocab, d, classes, n + t);
    }
  }

  /** The scale of P and E (how far tanh saturates) and of the head W (how large the logits are). */
  private record Scales(double inputs, double head) {
    static final Scales PLAIN = new Scales(1.0, 1.0);
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(ctx, sample("sample-1"), Shape.of(2, 2, 3, 5, 4, 3), Scales.PLAIN));
    cases.add(make(ctx, sample("sample-2"), Shape.of(1, 1, 2, 4, 3, 2), Scales.PLAIN));
    cases.add(make(ctx, hidden("batch"), new Shape(6, 4, 5, 12, 8, 5, 12), Scales.PLAIN));
    cases.add(make(ctx, hidden("one-prompt-vector"), Shape.of(4, 1, 6, 9, 5, 3), Scales.PLAIN));
    cases.add(make(ctx, hidden("one-token"), Shape.of(5, 3, 1, 4, 6, 4), Scales.PLAIN));
    cases.add(make(ctx, hidden("single-sequence"), Shape.of(1, 5, 4, 8, 6, 3), Scales.PLAIN));
    cases.add(make(ctx, hidden("long-positions"), new Shape(3, 3, 4, 10, 5, 4, 50), Scales.PLAIN));
    cases.add(
        make(ctx, hidden("saturated-tanh"), Shape.of(4, 3, 5, 7, 6, 3), new Scales(4.0, 1.0)));
    cases.add(
        make(ctx, hidden("large-logits"), Shape.of(4, 2, 3, 6, 5, 4), new Scales(1.0, 2000.0)));
    cases.add(
        make(ctx, hidden("large-batch"), new Shape(256, 20, 64, 500, 64, 10, 100), Scales.PLAIN));
    return cases;
  }

  private static TestCase make(
      GenerationContext ctx, TestCase.Builder builder, Shape s, Scales scales) {
    Rng rng = ctx.rng(builder.name());
    double[][] p = NestedArrays.toMatrix(rng.normal(scales.inputs(), s.n(), s.d()));
    long[][] ids = new long[s.b()][s.t()];
    long[] labels = new long[s.b()];
    for (int r = 0; r < s.b(); r++) {
      for (int c = 0; c < s.t(); c++) {
        ids[r][c] = rng.nextInt(s.vocab());
      }
      labels[r] = rng.nextInt(s.classes());
    }
    double[][] e = NestedArrays.toMatrix(rng.normal(scales.inputs(), s.vocab(), s.d()));
    double[][] pos = NestedArrays.toMatrix(rng.normal(0.5, s.positions(), s.d()));
    double[][] w = NestedArrays.toMatrix(rng.normal(scales.head(), s.d(), s.classes()));
    double[] b = NestedArrays.toVector(rng.normal(1.0, s.classes()));
    SoftPromptTuning.Result r = SoftPromptTuning.lossAndGrad(p, ids, labels, e, pos, w, b);
    return builder
        .describe(describe(s, scales))
        .input("P", array(p))
        .input("token_ids", array(ids))
        .input("labels", array(labels))
        .input("E", array(e))
        .input("Pos", array(pos))
        .input("W", array(w))
        .input("b", array(b))
        .expect("loss", scalar(r.loss()))
        .expect("dP", array(r.dP()))
        .build();
  }

  private static String describe(Shape s, Scales scales) {
    String extra = "";
    if (scales.inputs() != 1.0) {
      extra += ", P and E with scale " + (int) scales.inputs() + " (tanh saturates)";
    }
    if (scales.head() != 1.0) {
      extra += ", W with scale " + (int) scales.head() + " (logits in the thousands)";
    }
    return String.format(
        Locale.ROOT,
        "B = %d, n = %d, T = %d, V = %d, D = %d, C = %d, L = %d%s",
        s.b(),
        s.n(),
        s.t(),
        s.vocab(),
        s.d(),
        s.classes(),
        s.positions(),
        extra);
  }
}
