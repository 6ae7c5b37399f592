package dev.allclose.interview.coverage;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Inverse document frequencies of terms over a reference corpus (the bank's key points and model
 * answers, one document each): {@code idf(t) = ln((N + 1) / (df(t) + 1)) + 1}, the smoothed form
 * scikit-learn's TfidfVectorizer uses, so a term no document holds gets the largest weight and a
 * term every document holds still counts a little. Immutable.
 */
public final class TermWeights {
  private final Map<String, Double> idf;
  private final double unseen;

  private TermWeights(Map<String, Double> idf, double unseen) {
    this.idf = Map.copyOf(idf);
    this.unseen = unseen;
  }

  public static TermWeights of(Collection<String> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (String d : documents) {
      for (String t : new HashSet<>(Text.terms(d))) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = documents.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, k) -> idf.put(t, Math.log((n + 1.0) / (k + 1.0)) + 1));
    return new TermWeights(idf, Math.log(n + 1.0) + 1);
  }

  public double idf(String term) {
    return idf.getOrDefault(term, unseen);
  }
}
