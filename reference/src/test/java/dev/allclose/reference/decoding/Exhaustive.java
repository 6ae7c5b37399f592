package dev.allclose.reference.decoding;

import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sequence the search could return, enumerated: those that end at their first EOS within
 * max_len tokens, and those of exactly max_len tokens with no EOS; ranked by final score, ties by
 * the lexicographically smaller tokens. Feasible for V^max_len up to a few hundred.
 */
final class Exhaustive {
  private Exhaustive() {}

  static List<Hypothesis> ranking(Model m) {
    List<int[]> complete = new ArrayList<>();
    enumerate(m, new int[0], complete);
    List<Hypothesis> out = new ArrayList<>();
    for (int[] tokens : complete) {
      out.add(new Hypothesis(NaiveBeamSearch.toList(tokens), finalScore(m, tokens)));
    }
    out.sort(
        (a, b) ->
            a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : BeamSearch.LEXICOGRAPHIC.compare(a.tokens(), b.tokens()));
    return out;
  }

  static double finalScore(Model m, List<Integer> tokens) {
    return finalScore(m, tokens.stream().mapToInt(Integer::intValue).toArray());
  }

  private static double finalScore(Model m, int[] tokens) {
    return NaiveBeamSearch.score(m.start, m.trans, tokens, m.lengthPenalty);
  }

  private static void enumerate(Model m, int[] prefix, List<int[]> out) {
    boolean ended = prefix.length > 0 && prefix[prefix.length - 1] == m.eos;
    if (ended || prefix.length == m.maxLen) {
      out.add(prefix);
      return;
    }
    for (int v = 0; v < m.start.length; v++) {
      int[] longer = java.util.Arrays.copyOf(prefix, prefix.length + 1);
      longer[prefix.length] = v;
      enumerate(m, longer, out);
    }
  }
}
