import java.util.List;

/** Okapi BM25 over a fixed corpus of tokenised documents (a document may be empty). */
public class BM25 {
  /**
   * @param corpus N >= 1 documents, each a list of tokens
   * @param k1 term-frequency saturation, > 0 (1.2 when the Python caller leaves it out)
   * @param b length normalisation in [0, 1] (0.75 when left out)
   */
  public BM25(List<List<String>> corpus, double k1, double b) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The BM25 score of every document: each query token q (a repeated one counts each time) adds
   * idf(q) f (k1 + 1) / (f + k1 (1 - b + b |D| / avgdl)), with idf(t) = ln(1 + (N - n_t + 0.5) /
   * (n_t + 0.5)); a token in no document adds 0, and if every document is empty every score is 0.
   */
  public double[] getScores(List<String> query) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The indices of the min(n, N) best documents, best first, ties to the lower index; n >= 1. */
  public long[] topN(List<String> query, int n) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
