package dev.allclose.reference.decoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.numeric.Rng;
import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Beam search has no golden files; its oracles are a deliberately naive transcription of the
 * contract ({@link NaiveBeamSearch}), exhaustive enumeration of every sequence on vocabularies of
 * at most 4 tokens and lengths of at most 4, greedy decoding for a beam of one, and a worked
 * example checked by hand.
 */
class BeamSearchTest {
  /** Scores are sums of at most 4 log-probabilities, added in the same order by every oracle. */
  private static final double SCORE_TOL = 1e-12;

  private static final int RANDOM_MODELS = 400;

  @Test
  void agreesWithTheNaiveTranscriptionOnRandomSmallModels() {
    for (int seed = 0; seed < RANDOM_MODELS; seed++) {
      Model m = Model.random(new Rng(seed));
      List<Hypothesis> expected =
          NaiveBeamSearch.search(m.start, m.trans, m.eos, m.width, m.maxLen, m.lengthPenalty);
      assertSame(m.run(), expected, m + " (seed " + seed + ")");
    }
  }

  /** A beam of at least V^L never prunes, so it returns every complete sequence, ranked. */
  @Test
  void unprunedBeamReturnsTheExhaustiveRanking() {
    for (int seed = 0; seed < RANDOM_MODELS; seed++) {
      Model m = Model.random(new Rng(1000 + seed));
      m = m.withWidth((int) Math.pow(m.start.length, m.maxLen));
      assertSame(m.run(), Exhaustive.ranking(m), m + " (seed " + seed + ")");
    }
  }

  /** With a smaller beam, every result is still a complete sequence of the exhaustive list. */
  @Test
  void prunedResultsAreRankedCompleteSequencesWithTheirTrueScores() {
    for (int seed = 0; seed < RANDOM_MODELS; seed++) {
      Model m = Model.random(new Rng(2000 + seed));
      List<Hypothesis> all = Exhaustive.ranking(m);
      List<Hypothesis> got = m.run();
      assertThat(got.size()).isBetween(1, m.width);
      for (int i = 0; i < got.size(); i++) {
        Hypothesis h = got.get(i);
        int eosAt = h.tokens().indexOf(m.eos);
        assertThat(eosAt).as("EOS only at the end").isIn(-1, h.tokens().size() - 1);
        assertThat(h.score()).isCloseTo(Exhaustive.finalScore(m, h.tokens()), within(SCORE_TOL));
        if (i > 0) {
          assertThat(h.score()).isLessThanOrEqualTo(got.get(i - 1).score());
        }
        if (eosAt >= 0) {
          assertThat(all).extracting(Hypothesis::tokens).contains(h.tokens());
        }
      }
    }
  }

  @Test
  void beamOfOneIsGreedyDecoding() {
    for (int seed = 0; seed < RANDOM_MODELS; seed++) {
      Model m = Model.random(new Rng(3000 + seed)).withWidth(1).withLengthPenalty(0.0);
      List<Hypothesis> got = m.run();
      assertThat(got).hasSize(1);
      assertThat(got.get(0).tokens()).as(m.toString()).isEqualTo(greedy(m));
    }
  }

  /**
   * The statement's worked example (V = 3, EOS = 0, K = 2, max_len = 3), traced by hand. Step 1:
   * [0] -1.5 finishes, [2] -2 and [1] -3 stay. Step 2: [2,1] -3 and [1,2] -3.25 stay. Step 3:
   * [2,1,2] -3.25 stays, [2,1,0] -3.5 finishes without taking a slot, [1,2,1] -4.25 stays; two
   * finished, so the search stops and the two alive beams join them.
   */
  @Test
  void workedExample() {
    double[] start = {-1.5, -3.0, -2.0};
    double[][] trans = {
      {-0.5, -2.0, -2.0},
      {-0.5, -1.5, -0.25},
      {-1.5, -1.0, -2.0},
    };
    List<Hypothesis> plain = BeamSearch.search(start, trans, 0, 2, 3, 0.0);
    assertThat(plain).extracting(Hypothesis::tokens).containsExactly(List.of(0), List.of(2, 1, 2));
    assertThat(plain).extracting(Hypothesis::score).containsExactly(-1.5, -3.25);
    List<Hypothesis> penalised = BeamSearch.search(start, trans, 0, 2, 3, 1.0);
    assertThat(penalised)
        .extracting(Hypothesis::tokens)
        .containsExactly(List.of(2, 1, 2), List.of(2, 1, 0));
    assertThat(penalised.get(0).score()).isCloseTo(-3.25 / 3, within(SCORE_TOL));
    assertThat(penalised.get(1).score()).isCloseTo(-3.5 / 3, within(SCORE_TOL));
  }

  @Test
  void singleStepReturnsTheBestFirstTokens() {
    double[] start = {-1.0, -0.25, -2.0, -0.25};
    double[][] trans = new double[4][4];
    List<Hypothesis> got = BeamSearch.search(start, trans, 0, 3, 1, 0.0);
    assertThat(got)
        .extracting(Hypothesis::tokens)
        .containsExactly(List.of(1), List.of(3), List.of(0));
  }

  private static List<Integer> greedy(Model m) {
    List<Integer> out = new ArrayList<>();
    double[] row = m.start;
    while (out.size() < m.maxLen) {
      int best = 0;
      for (int v = 1; v < row.length; v++) {
        if (row[v] > row[best]) {
          best = v;
        }
      }
      out.add(best);
      if (best == m.eos) {
        break;
      }
      row = m.trans[best];
    }
    return out;
  }

  private static void assertSame(List<Hypothesis> got, List<Hypothesis> expected, String what) {
    assertThat(got).extracting(Hypothesis::tokens).as(what).isEqualTo(tokensOf(expected));
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).score()).as(what).isCloseTo(expected.get(i).score(), within(SCORE_TOL));
    }
  }

  private static List<List<Integer>> tokensOf(List<Hypothesis> hs) {
    return hs.stream().map(Hypothesis::tokens).toList();
  }
}
