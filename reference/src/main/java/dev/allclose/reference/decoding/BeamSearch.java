package dev.allclose.reference.decoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Beam search over a bigram model, with complete hypotheses set aside at the end-of-sequence token
 * and a length penalty in the final ranking.
 *
 * <p>Sources: I. Sutskever, O. Vinyals and Q. V. Le, "Sequence to Sequence Learning with Neural
 * Networks", NeurIPS 2014, section 3.2 (left-to-right beam search: every hypothesis is extended by
 * every token, the B most probable are kept, and a hypothesis that emits EOS leaves the beam for
 * the set of complete ones); Y. Wu et al., "Google's Neural Machine Translation System: Bridging
 * the Gap between Human and Machine Translation", arXiv:1609.08144, 2016, section 7 (length
 * normalisation; the contract uses the simpler form |Y|^lp of the {@code length_penalty} of Hugging
 * Face transformers).
 *
 * <p>The model: the first token y_1 scores {@code start[y_1]}, token y_t after y_{t-1} scores
 * {@code trans[y_{t-1}][y_t]}. With K = beam width and L = max_len:
 *
 * <pre>
 *   alive = [()], finished = []
 *   for t = 1..L:
 *     candidates = every alive beam extended by every token, score = sum of log-probs   (3.2)
 *     rank candidates: higher score first, ties by the lexicographically smaller tokens
 *     walk the ranking: a candidate ending in EOS joins finished, any other joins the new
 *       alive list; stop the walk once K are alive (EOS candidates never take a slot)
 *     stop when |finished| >= K
 *   finished += alive
 *   final score = score / |Y|^lp, |Y| counting the EOS token                             (sec. 7)
 *   return the K best of finished by final score, ties by the lexicographically smaller tokens
 * </pre>
 *
 * Lexicographic order compares tokens left to right; a proper prefix comes first. Cost: O(L K V
 * log(K V)) time for L steps of K V candidates each, O(K V L) memory. Stateless and thread-safe.
 */
public final class BeamSearch {
  private BeamSearch() {}

  /** One returned hypothesis: its tokens (EOS included when it finished) and its final score. */
  public record Hypothesis(List<Integer> tokens, double score) {
    public Hypothesis {
      tokens = List.copyOf(tokens);
    }
  }

  /** A partial hypothesis: its tokens and its summed log-probability. */
  private record Beam(List<Integer> tokens, double logProb) {
    Beam extend(int token, double logp) {
      List<Integer> next = new ArrayList<>(tokens);
      next.add(token);
      return new Beam(next, logProb + logp);
    }

    int last() {
      return tokens.get(tokens.size() - 1);
    }
  }

  /** Lexicographic order on token lists, a proper prefix first (Python's list order). */
  public static final Comparator<List<Integer>> LEXICOGRAPHIC =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = Integer.compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private static final Comparator<Beam> BY_LOG_PROB =
      (a, b) -> higherFirst(a.logProb(), b.logProb(), a.tokens(), b.tokens());

  private static final Comparator<Hypothesis> BY_FINAL_SCORE =
      (a, b) -> higherFirst(a.score(), b.score(), a.tokens(), b.tokens());

  /**
   * Higher score first; equal scores (with -0.0 == 0.0, as Python compares them) by the
   * lexicographically smaller tokens.
   */
  private static int higherFirst(double sa, double sb, List<Integer> ta, List<Integer> tb) {
    if (sa > sb) {
      return -1;
    }
    if (sa < sb) {
      return 1;
    }
    return LEXICOGRAPHIC.compare(ta, tb);
  }

  /**
   * Runs the search.
   *
   * @param start (V) log-probabilities of the first token
   * @param trans (V, V) log-probabilities, {@code trans[prev][next]}
   * @param eos the end-of-sequence token id, in [0, V)
   * @param width the beam width K >= 1
   * @param maxLen the most tokens a hypothesis may hold, >= 1
   * @param lengthPenalty the exponent lp of the length normaliser
   * @return at most K hypotheses, best first
   */
  public static List<Hypothesis> search(
      double[] start, double[][] trans, int eos, int width, int maxLen, double lengthPenalty) {
    if (width < 1 || maxLen < 1) {
      throw new IllegalArgumentException("beam width and max_len must be at least 1");
    }
    List<Beam> alive = List.of(new Beam(List.of(), 0.0));
    List<Beam> finished = new ArrayList<>();
    for (int t = 1; t <= maxLen && !alive.isEmpty(); t++) {
      List<Beam> ranked = extendAll(alive, start, trans);
      ranked.sort(BY_LOG_PROB);
      alive = walk(ranked, eos, width, finished);
      if (finished.size() >= width) {
        break;
      }
    }
    finished.addAll(alive);
    return best(finished, width, lengthPenalty);
  }

  private static List<Beam> extendAll(List<Beam> alive, double[] start, double[][] trans) {
    List<Beam> candidates = new ArrayList<>();
    for (Beam beam : alive) {
      double[] row = beam.tokens().isEmpty() ? start : trans[beam.last()];
      for (int v = 0; v < row.length; v++) {
        candidates.add(beam.extend(v, row[v]));
      }
    }
    return candidates;
  }

  /** Moves EOS candidates to {@code finished} and keeps the first {@code width} others. */
  private static List<Beam> walk(List<Beam> ranked, int eos, int width, List<Beam> finished) {
    List<Beam> alive = new ArrayList<>(width);
    for (Beam c : ranked) {
      if (alive.size() == width) {
        break;
      }
      if (c.last() == eos) {
        finished.add(c);
      } else {
        alive.add(c);
      }
    }
    return alive;
  }

  private static List<Hypothesis> best(List<Beam> finished, int width, double lengthPenalty) {
    List<Hypothesis> all = new ArrayList<>();
    for (Beam b : finished) {
      all.add(
          new Hypothesis(b.tokens(), finalScore(b.logProb(), b.tokens().size(), lengthPenalty)));
    }
    all.sort(BY_FINAL_SCORE);
    return List.copyOf(all.subList(0, Math.min(width, all.size())));
  }

  /** score / |Y|^lp; |Y| counts the EOS token of a finished hypothesis. */
  public static double finalScore(double logProb, int length, double lengthPenalty) {
    return logProb / Math.pow(length, lengthPenalty);
  }
}
