package dev.allclose.reference.recommendation;

import dev.allclose.numeric.Matrices;

/**
 * Recall at k of dot-product retrieval with one relevant document per query: the fraction of
 * queries whose relevant document is among their k highest-scoring documents of the corpus.
 *
 * <p>Source: the top-k retrieval accuracy of V. Karpukhin et al., "Dense Passage Retrieval for
 * Open-Domain Question Answering", EMNLP 2020, specialised to exactly one relevant document per
 * query, where it equals recall at k.
 *
 * <p>For queries q (M, D), a corpus (N, D) and relevant (M):
 *
 * <pre>
 *   s_mn   = q_m . corpus_n                           (raw dot products, no normalisation)
 *   rank_m = #{n : s_mn > s_mr} + #{n < r : s_mn = s_mr},   r = relevant_m
 *   recall = (1/M) #{m : rank_m < k}
 * </pre>
 *
 * rank_m is the 0-based position of r when the documents are ordered by descending score with ties
 * going to the lower index, the catalog's tie rule; counting it takes O(N) per query, no sort.
 *
 * <p>Cost: 2 M N D flops. Stateless and thread-safe.
 */
public final class RecallAtK {
  private RecallAtK() {}

  /**
   * @param q queries (M, D), M >= 1
   * @param corpus documents (N, D)
   * @param relevant (M), the index in the corpus of each query's relevant document
   * @param k how many top documents count, >= 1 (k >= N makes every query a hit)
   */
  public static double of(double[][] q, double[][] corpus, long[] relevant, int k) {
    if (q.length == 0 || relevant.length != q.length || k < 1) {
      throw new IllegalArgumentException(
          "need M >= 1 queries, one relevant index each and k >= 1, got M = "
              + q.length
              + ", "
              + relevant.length
              + " indices, k = "
              + k);
    }
    int hits = 0;
    for (int m = 0; m < q.length; m++) {
      if (rank(q[m], corpus, relevant[m]) < k) {
        hits++;
      }
    }
    return (double) hits / q.length;
  }

  /** The 0-based position of document r in the descending order of scores, ties to lower index. */
  public static int rank(double[] query, double[][] corpus, long r) {
    if (r < 0 || r >= corpus.length) {
      throw new IllegalArgumentException(
          "relevant index " + r + " is not in [0, " + corpus.length + ")");
    }
    double target = Matrices.dot(query, corpus[(int) r]);
    int ahead = 0;
    for (int n = 0; n < corpus.length; n++) {
      double s = Matrices.dot(query, corpus[n]);
      if (s > target || (s == target && n < r)) {
        ahead++;
      }
    }
    return ahead;
  }
}
