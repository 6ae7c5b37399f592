package dev.allclose.reference.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Okapi BM25 scores of a fixed corpus of tokenised documents for a tokenised query, and the indices
 * of the n best documents.
 *
 * <p>Source: S. Robertson and H. Zaragoza, "The Probabilistic Relevance Framework: BM25 and
 * Beyond", Foundations and Trends in Information Retrieval 3(4), 2009 (the BM25 term weight with
 * saturation k1 and length normalisation b). The idf is Lucene's variant (BM25Similarity), which
 * adds 1 inside the logarithm of the Robertson/Sparck Jones weight so that it is never negative:
 *
 * <pre>
 *   idf(t)      = ln(1 + (N - n_t + 0.5) / (n_t + 0.5))       n_t = documents containing t
 *   score(D, Q) = sum over q in Q (with repetition) of
 *                 idf(q) f(q, D) (k1 + 1) / (f(q, D) + k1 (1 - b + b |D| / avgdl))
 * </pre>
 *
 * f(q, D) counts q in D, |D| is D's length in tokens and avgdl the mean length over the corpus. A
 * term in no document contributes 0 (its f is 0); a query term repeated r times counts r times.
 * Empty documents are allowed; when every document is empty (avgdl = 0) every score is 0. {@link
 * #topN} orders by descending score, ties to the lower index, and returns min(n, N) indices.
 *
 * <p>Cost: O(total tokens) to index; a query costs O(|Q| N) here (the reference scans every
 * document per query term; an inverted index would visit only the documents holding the term).
 * Immutable after construction and thread-safe.
 */
public final class Bm25 {
  private final List<Map<String, Integer>> counts = new ArrayList<>();
  private final int[] lengths;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final double averageLength;
  private final double k1;
  private final double b;

  /**
   * @param corpus N >= 1 documents, each a list of tokens (possibly empty)
   * @param k1 term-frequency saturation, > 0
   * @param b length normalisation, in [0, 1]
   */
  public Bm25(List<List<String>> corpus, double k1, double b) {
    if (corpus.isEmpty() || !(k1 > 0) || !(b >= 0 && b <= 1)) {
      throw new IllegalArgumentException(
          "need N >= 1 documents, k1 > 0 and 0 <= b <= 1, got N = "
              + corpus.size()
              + ", k1 = "
              + k1
              + ", b = "
              + b);
    }
    this.k1 = k1;
    this.b = b;
    lengths = new int[corpus.size()];
    long total = 0;
    for (int d = 0; d < corpus.size(); d++) {
      Map<String, Integer> tf = new HashMap<>();
      for (String token : corpus.get(d)) {
        tf.merge(token, 1, Integer::sum);
      }
      for (String term : tf.keySet()) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
      counts.add(tf);
      lengths[d] = corpus.get(d).size();
      total += lengths[d];
    }
    averageLength = (double) total / corpus.size();
  }

  /** ln(1 + (N - n_t + 0.5) / (n_t + 0.5)), positive for every n_t in [0, N]. */
  public double idf(String term) {
    int n = counts.size();
    int nt = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (n - nt + 0.5) / (nt + 0.5));
  }

  /** The score of every document, in corpus order; query terms are added in query order. */
  public double[] scores(List<String> query) {
    double[] out = new double[counts.size()];
    if (averageLength == 0) {
      return out;
    }
    for (String term : query) {
      double idf = idf(term);
      for (int d = 0; d < out.length; d++) {
        int f = counts.get(d).getOrDefault(term, 0);
        if (f > 0) {
          double norm = k1 * (1 - b + b * lengths[d] / averageLength);
          out[d] += idf * f * (k1 + 1) / (f + norm);
        }
      }
    }
    return out;
  }

  /** The indices of the min(n, N) best documents, best first, ties to the lower index. */
  public long[] topN(List<String> query, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n = " + n + " must be at least 1");
    }
    double[] s = scores(query);
    return IntStream.range(0, s.length)
        .boxed()
        .sorted(Comparator.<Integer>comparingDouble(d -> s[d]).reversed().thenComparingInt(d -> d))
        .limit(n)
        .mapToLong(Integer::longValue)
        .toArray();
  }
}
