import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wrong answer: an inverted index whose idf is ln((N - n + 0.5) / (n + 0.5)), without the 1 +. */
public class BM25 {
  private record Posting(int doc, int count) {}

  private final Map<String, List<Posting>> postings = new HashMap<>();
  private final int[] lengths;
  private final double avgdl;
  private final double k1;
  private final double b;

  public BM25(List<List<String>> corpus, double k1, double b) {
    this.k1 = k1;
    this.b = b;
    lengths = new int[corpus.size()];
    long total = 0;
    for (int d = 0; d < corpus.size(); d++) {
      Map<String, Integer> tf = new HashMap<>();
      for (String t : corpus.get(d)) {
        tf.merge(t, 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(d, e.getValue()));
      }
      lengths[d] = corpus.get(d).size();
      total += lengths[d];
    }
    avgdl = (double) total / corpus.size();
  }

  public double[] getScores(List<String> query) {
    double[] scores = new double[lengths.length];
    for (String q : query) {
      List<Posting> list = postings.getOrDefault(q, List.of());
      double idf = Math.log((lengths.length - list.size() + 0.5) / (list.size() + 0.5));
      for (Posting p : list) {
        double norm = k1 * (1 - b + b * lengths[p.doc()] / avgdl);
        scores[p.doc()] += idf * p.count() * (k1 + 1) / (p.count() + norm);
      }
    }
    return scores;
  }

  public long[] topN(List<String> query, int n) {
    double[] s = getScores(query);
    int m = Math.min(n, s.length);
    long[] top = new long[m];
    boolean[] taken = new boolean[s.length];
    for (int r = 0; r < m; r++) {
      int best = -1;
      for (int d = 0; d < s.length; d++) {
        if (!taken[d] && (best < 0 || s[d] > s[best])) {
          best = d;
        }
      }
      taken[best] = true;
      top[r] = best;
    }
    return top;
  }
}
