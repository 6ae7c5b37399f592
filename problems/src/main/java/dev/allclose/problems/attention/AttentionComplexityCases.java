package dev.allclose.problems.attention;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.reference.attention.AttentionCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cases for problem 24, attention-complexity. Every case calls {@code attention_cost(batch,
 * seq_len, d_model, n_heads)} (six integer results) and {@code max_seq_len(memory_bytes, batch,
 * n_heads, bytes_per_element) -> longest}; the sizes are fixed, so the case needs no random
 * numbers.
 *
 * <p>Which case catches which mistake: every case but {@code one-head} and the two {@code
 * boundary-exact*} cases has n_heads > 1, so multiplying the score and mix costs by the number of
 * heads (counting (T, D) @ (D, T) once per head) is off by a factor H. {@code int32-overflow},
 * {@code gpt3-layer}, {@code near-int64} and the boundary cases have counts or budgets above 2^31,
 * which Java arithmetic on {@code int} wraps; {@code near-int64} has a total of 8.39e18, within 9%
 * of 2^63. {@code boundary-exact-minus-one} (a budget of (3e9 + 1)^2 - 1 bytes, one score per
 * position) is where a double square root rounds up to 3e9 + 1: doubles near 9e18 are 1024 apart,
 * so only an integer square root gets 3e9. {@code boundary-*} put the budget exactly on c T^2 and
 * one byte below it; {@code below-one-element} and {@code zero-memory} have room for no score at
 * all (T = 0).
 */
public final class AttentionComplexityCases implements CaseGenerator {
  private static final List<String> COUNTS =
      List.of(
          AttentionCost.QKV,
          AttentionCost.SCORE,
          AttentionCost.MIX,
          AttentionCost.OUT,
          AttentionCost.TOTAL,
          AttentionCost.SCORE_ELEMENTS);

  private static final List<CaseCall> CALLS =
      List.of(
          CaseCall.call(
              "attention_cost", List.of("batch", "seq_len", "d_model", "n_heads"), COUNTS),
          CaseCall.call(
              "max_seq_len",
              List.of("memory_bytes", "batch", "n_heads", "bytes_per_element"),
              List.of("longest")));

  /** One case: the model's sizes and a memory budget for the scores. */
  private record Sizes(
      long batch, long seqLen, long dModel, long nHeads, long memoryBytes, long bytesPerElement) {
    String describe() {
      return String.format(
          Locale.ROOT,
          "B = %d, T = %d, D = %d, H = %d; %d bytes at %d per element",
          batch,
          seqLen,
          dModel,
          nHeads,
          memoryBytes,
          bytesPerElement);
    }
  }

  private static final long GIB = 1L << 30;

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    long boundary = 3_000_000_001L * 3_000_000_001L;
    long perPosition = 4 * 32 * 2;
    long atC = perPosition * 1_234_567L * 1_234_567L;
    List<TestCase> cases = new ArrayList<>();
    cases.add(make(TestCase.sample("sample-1"), new Sizes(2, 8, 16, 4, 4096, 2)));
    cases.add(
        make(TestCase.sample("sample-2-gpt2-small"), new Sizes(1, 1024, 768, 12, 16 * GIB, 2)));
    cases.add(make(TestCase.hidden("uneven-sizes"), new Sizes(3, 5, 12, 3, 3871, 1)));
    cases.add(make(TestCase.hidden("one-head"), new Sizes(2, 16, 32, 1, 4095, 2)));
    cases.add(make(TestCase.hidden("head-width-one"), new Sizes(1, 7, 8, 8, 3 * 64 * 4, 4)));
    cases.add(make(TestCase.hidden("single-token"), new Sizes(1, 1, 1, 1, 4, 4)));
    cases.add(make(TestCase.hidden("zero-memory"), new Sizes(2, 3, 4, 2, 0, 4)));
    cases.add(make(TestCase.hidden("below-one-element"), new Sizes(4, 10, 24, 6, 47, 2)));
    cases.add(
        make(TestCase.hidden("int32-overflow"), new Sizes(8, 4096, 4096, 32, 80_000_000_000L, 2)));
    cases.add(make(TestCase.hidden("gpt3-layer"), new Sizes(32, 2048, 12288, 96, 640 * GIB, 2)));
    cases.add(
        make(TestCase.hidden("near-int64"), new Sizes(16, 8_000_001, 2048, 16, Long.MAX_VALUE, 1)));
    cases.add(make(TestCase.hidden("boundary-exact"), new Sizes(1, 3_000_000, 64, 1, boundary, 1)));
    cases.add(
        make(
            TestCase.hidden("boundary-exact-minus-one"),
            new Sizes(1, 3_000_000, 64, 1, boundary - 1, 1)));
    cases.add(make(TestCase.hidden("boundary-c"), new Sizes(4, 1_234_567, 64, 32, atC, 2)));
    cases.add(
        make(TestCase.hidden("boundary-c-minus-one"), new Sizes(4, 1_234_567, 64, 32, atC - 1, 2)));
    return cases;
  }

  private static TestCase make(TestCase.Builder builder, Sizes s) {
    Map<String, Long> counts =
        AttentionCost.attentionCost(s.batch(), s.seqLen(), s.dModel(), s.nHeads());
    builder
        .describe(s.describe())
        .input("batch", NdArray.scalar(s.batch()))
        .input("seq_len", NdArray.scalar(s.seqLen()))
        .input("d_model", NdArray.scalar(s.dModel()))
        .input("n_heads", NdArray.scalar(s.nHeads()))
        .input("memory_bytes", NdArray.scalar(s.memoryBytes()))
        .input("bytes_per_element", NdArray.scalar(s.bytesPerElement()))
        .call(CALLS.get(0))
        .call(CALLS.get(1));
    counts.forEach((name, value) -> builder.expect(name, NdArray.scalar(value)));
    long longest =
        AttentionCost.maxSeqLen(s.memoryBytes(), s.batch(), s.nHeads(), s.bytesPerElement());
    return builder.expect("longest", NdArray.scalar(longest)).build();
  }
}
