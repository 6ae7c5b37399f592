package dev.allclose.problems.decoding;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.decoding.BeamSearch;
import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cases for problem 3, beam-search.
 *
 * <p>The expected result {@code beams} is written in the judge's array form of {@code
 * list[tuple[list[int],float]]}: a float64 (K', 2 + L') matrix, one row {@code [score, length,
 * tokens..., -1 padding]} per hypothesis, L' the longest expected token list and K' <= K the number
 * of hypotheses returned. {@link BeamSearchChecker} unpacks it.
 *
 * <p>Which hidden cases catch which mistake, found by running the wrong submissions on the cases of
 * seed 20260803 (eos-first-relabelled is built by hand and catches its mistake whatever the seed):
 *
 * <ul>
 *   <li>greedy decoding, even per beam: finish-early, finish-early-penalty, the three beam-shrink
 *       cases, both ties cases, never-pruned, penalty-reorders, penalty-two, larger;
 *   <li>cutting to K before moving EOS candidates out: eos-first-relabelled, beam-shrink,
 *       beam-shrink-penalty;
 *   <li>dropping finished hypotheses: eos-first-relabelled, finish-early, finish-early-penalty, the
 *       three beam-shrink cases, ties-uniform, beam-one-penalty, max-len-one-penalty, never-pruned,
 *       penalty-reorders, penalty-two;
 *   <li>ranking by raw log-prob: finish-early-penalty, beam-shrink-penalty, never-pruned,
 *       penalty-two;
 *   <li>EOS left out of the length: finish-early-penalty, beam-shrink-penalty, beam-one-penalty,
 *       never-pruned, penalty-reorders, penalty-two.
 * </ul>
 *
 * The contract's edge cases: exact ties (uniform and dyadic log-probabilities), K = 1 with and
 * without a penalty, an EOS that is never likely, max_len = 1, a beam too wide to prune, and V = 50
 * over 20 steps.
 */
public final class BeamSearchCases implements CaseGenerator {

  /** The settings of one case; {@code eosBoost} is added to the EOS logit before normalising. */
  private record Setting(
      int vocab, int width, int maxLen, double lengthPenalty, double eosBoost, Kind kind) {
    String describe() {
      String eos = eosBoost == 0 ? "" : String.format(Locale.ROOT, ", EOS logit %+.1f", eosBoost);
      return String.format(
          Locale.ROOT,
          "V = %d, K = %d, max_len = %d, length_penalty = %s, %s log-probs%s",
          vocab,
          width,
          maxLen,
          lengthPenalty,
          kind.name().toLowerCase(Locale.ROOT),
          eos);
    }
  }

  /** How the log-probabilities are drawn. */
  private enum Kind {
    /** log-softmax of N(0, 1.5^2) logits. */
    GAUSSIAN,
    /** every entry log(1/V): every sequence of a length ties with every other. */
    UNIFORM,
    /** entries from {-0.25, -0.5, -1, -2}: exact sums, frequent ties. */
    DYADIC
  }

  /** The drawn hidden cases, in order. */
  private static final Map<String, Setting> HIDDEN = hidden();

  private static Map<String, Setting> hidden() {
    Map<String, Setting> m = new LinkedHashMap<>();
    m.put("finish-early", new Setting(6, 3, 10, 0.0, 2.0, Kind.GAUSSIAN));
    m.put("finish-early-penalty", new Setting(6, 3, 10, 1.0, 1.5, Kind.GAUSSIAN));
    m.put("beam-shrink", new Setting(7, 4, 6, 0.0, 1.0, Kind.GAUSSIAN));
    m.put("beam-shrink-wide", new Setting(8, 5, 8, 0.0, 1.0, Kind.GAUSSIAN));
    m.put("beam-shrink-penalty", new Setting(8, 5, 8, 1.0, 1.0, Kind.GAUSSIAN));
    m.put("ties-uniform", new Setting(4, 3, 3, 0.0, 0.0, Kind.UNIFORM));
    m.put("ties-dyadic", new Setting(5, 4, 5, 1.0, 0.0, Kind.DYADIC));
    m.put("beam-one", new Setting(8, 1, 6, 0.0, 0.0, Kind.GAUSSIAN));
    m.put("beam-one-penalty", new Setting(8, 1, 6, 1.0, 1.0, Kind.GAUSSIAN));
    m.put("eos-never", new Setting(5, 3, 5, 0.7, -40.0, Kind.GAUSSIAN));
    m.put("max-len-one", new Setting(6, 3, 1, 0.0, 1.5, Kind.GAUSSIAN));
    m.put("max-len-one-penalty", new Setting(6, 3, 1, 2.0, 1.5, Kind.GAUSSIAN));
    m.put("never-pruned", new Setting(3, 81, 4, 0.5, 0.0, Kind.GAUSSIAN));
    m.put("penalty-reorders", new Setting(6, 4, 8, 1.0, 0.5, Kind.GAUSSIAN));
    m.put("penalty-two", new Setting(6, 5, 8, 2.0, 0.5, Kind.GAUSSIAN));
    m.put("larger", new Setting(50, 8, 20, 0.6, 0.0, Kind.GAUSSIAN));
    return m;
  }

  private static final double[] EXAMPLE_START = {-1.5, -3.0, -2.0};
  private static final double[][] EXAMPLE_TRANS = {
    {-0.5, -2.0, -2.0}, {-0.5, -1.5, -0.25}, {-1.5, -1.0, -2.0}
  };

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        build(
            TestCase.sample("sample-1-worked").describe("the statement's worked example"),
            EXAMPLE_START,
            EXAMPLE_TRANS,
            0,
            2,
            3,
            1.0));
    cases.add(
        drawn(ctx, TestCase.sample("sample-2"), new Setting(5, 3, 4, 0.0, 0.0, Kind.GAUSSIAN)));
    cases.add(relabelledExample());
    HIDDEN.forEach((name, setting) -> cases.add(drawn(ctx, TestCase.hidden(name), setting)));
    return cases;
  }

  /**
   * The worked example with its tokens renamed 0 -> 2 (EOS), 1 -> 0, 2 -> 3, a fourth token 1 of
   * log-probability -6 everywhere, and length_penalty 0.5: EOS is the best first token and an EOS
   * candidate ranks second at step 3, so a beam cut to K before moving EOS candidates out keeps one
   * beam instead of two. It does not depend on the seed.
   */
  private static TestCase relabelledExample() {
    int[] renamed = {2, 0, 3};
    double[] start = new double[4];
    double[][] trans = new double[4][4];
    Arrays.fill(start, -6.0);
    for (double[] row : trans) {
      Arrays.fill(row, -6.0);
    }
    for (int a = 0; a < 3; a++) {
      start[renamed[a]] = EXAMPLE_START[a];
      for (int b = 0; b < 3; b++) {
        trans[renamed[a]][renamed[b]] = EXAMPLE_TRANS[a][b];
      }
    }
    TestCase.Builder builder =
        TestCase.hidden("eos-first-relabelled")
            .describe("the worked example relabelled, EOS = 2, length_penalty = 0.5");
    return build(builder, start, trans, 2, 2, 3, 0.5);
  }

  private static TestCase drawn(GenerationContext ctx, TestCase.Builder builder, Setting s) {
    Rng rng = ctx.rng(builder.name());
    int eos = rng.nextInt(s.vocab());
    double[] start = row(rng, s, eos);
    double[][] trans = new double[s.vocab()][];
    for (int i = 0; i < s.vocab(); i++) {
      trans[i] = row(rng, s, eos);
    }
    builder.describe(s.describe());
    return build(builder, start, trans, eos, s.width(), s.maxLen(), s.lengthPenalty());
  }

  /**
   * Log-probabilities are rounded to multiples of 2^-16. In a bigram model different sequences
   * often have the same multiset of transitions (0,1,0,0 and 0,0,1,0 both use 0-0, 0-1 and 1-0), so
   * their scores are equal in exact arithmetic; with quantised inputs every sum of up to a few
   * hundred terms is exact in float64, those scores are bit-for-bit equal whatever the order of
   * summation, and the lexicographic tie-break, not rounding, decides between them.
   */
  private static final double QUANTUM = 65536.0;

  private static double[] row(Rng rng, Setting s, int eos) {
    int v = s.vocab();
    double[] r = new double[v];
    switch (s.kind()) {
      case UNIFORM -> Arrays.fill(r, -Math.log(v));
      case DYADIC -> {
        double[] values = {-0.25, -0.5, -1.0, -2.0};
        for (int i = 0; i < v; i++) {
          r[i] = values[rng.nextInt(values.length)];
        }
      }
      case GAUSSIAN -> {
        for (int i = 0; i < v; i++) {
          r[i] = 1.5 * rng.nextGaussian();
        }
        r[eos] += s.eosBoost();
        logSoftmaxInPlace(r);
      }
    }
    for (int k = 0; k < v; k++) {
      r[k] = Math.rint(r[k] * QUANTUM) / QUANTUM;
    }
    return r;
  }

  private static void logSoftmaxInPlace(double[] r) {
    double max = Arrays.stream(r).max().orElseThrow();
    double sum = 0;
    for (double x : r) {
      sum += Math.exp(x - max);
    }
    double logZ = max + Math.log(sum);
    for (int i = 0; i < r.length; i++) {
      r[i] -= logZ;
    }
  }

  private static TestCase build(
      TestCase.Builder builder,
      double[] start,
      double[][] trans,
      int eos,
      int width,
      int maxLen,
      double lengthPenalty) {
    List<Hypothesis> best = BeamSearch.search(start, trans, eos, width, maxLen, lengthPenalty);
    return builder
        .input("start_logp", array(start))
        .input("trans_logp", array(trans))
        .input("eos_id", scalar(eos))
        .input("beam_width", scalar(width))
        .input("max_len", scalar(maxLen))
        .input("length_penalty", scalar(lengthPenalty))
        .expect(BeamSearchChecker.RESULT, packed(best))
        .build();
  }

  /**
   * The array form of {@code list[tuple[list[int],float]]}: (K', 2 + L') float64, row k holding the
   * score of hypothesis k, its length, its tokens, then -1 up to the longest list.
   */
  static NdArray packed(List<Hypothesis> hs) {
    int longest = hs.stream().mapToInt(h -> h.tokens().size()).max().orElse(0);
    int width = 2 + longest;
    double[] flat = new double[hs.size() * width];
    Arrays.fill(flat, -1.0);
    for (int k = 0; k < hs.size(); k++) {
      List<Integer> t = hs.get(k).tokens();
      flat[k * width] = hs.get(k).score();
      flat[k * width + 1] = t.size();
      for (int i = 0; i < t.size(); i++) {
        flat[k * width + 2 + i] = t.get(i);
      }
    }
    return NdArray.ofDoubles(flat, hs.size(), width);
  }
}
