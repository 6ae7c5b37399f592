package dev.allclose.interview.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Estimates which key points of a rubric an answer covers, from lexical overlap.
 *
 * <p>Each key point k and each passage p of the answer (every sentence, and every pair of
 * consecutive sentences, since a point is often made across two) become sets of index terms ({@link
 * Text#terms}). The score of k is the best, over passages, idf-weighted term recall
 *
 * <pre>  score(k, p) = sum_{t in k and p} idf(t)^2 / sum_{t in k} idf(t)^2</pre>
 *
 * which is the part of the cosine numerator of TF-IDF vectors (binary term frequency) that the key
 * point controls: a long passage is not penalised for saying more than the point, and a rare term
 * such as "sparsity" counts for more than a common one such as "model". Verdict: covered at {@link
 * #COVERED} or more, partly at {@link #PARTLY} or more, else missed.
 *
 * <p>Lexical overlap cannot see paraphrase, so every verdict carries a confidence: low when the key
 * point has fewer than {@link #FEW_TERMS} index terms, or when the score lies within {@link
 * #MARGIN} of a threshold; high when it lies at least {@link #CLEAR_MARGIN} away from both and the
 * point has enough terms; medium otherwise. A "missed" with low confidence is worth a second look
 * at self-scoring time.
 */
public final class KeyPointCoverage {
  public static final double COVERED = 0.5;
  public static final double PARTLY = 0.25;
  static final double MARGIN = 0.08;
  static final double CLEAR_MARGIN = 0.2;
  static final int FEW_TERMS = 3;

  private final TermWeights weights;

  public KeyPointCoverage(TermWeights weights) {
    this.weights = weights;
  }

  public List<PointCoverage> assess(List<String> keyPoints, String answer) {
    List<Passage> passages = passages(answer);
    List<PointCoverage> out = new ArrayList<>();
    for (String point : keyPoints) {
      out.add(assess(point, passages));
    }
    return out;
  }

  private PointCoverage assess(String point, List<Passage> passages) {
    Set<String> terms = new HashSet<>(Text.terms(point));
    double total = 0;
    for (String t : terms) {
      total += square(weights.idf(t));
    }
    double best = 0;
    String evidence = null;
    for (Passage p : passages) {
      double found = 0;
      for (String t : terms) {
        if (p.terms.contains(t)) {
          found += square(weights.idf(t));
        }
      }
      double score = total == 0 ? 0 : found / total;
      if (score > best) {
        best = score;
        evidence = p.text;
      }
    }
    Verdict verdict =
        best >= COVERED ? Verdict.COVERED : best >= PARTLY ? Verdict.PARTLY : Verdict.MISSED;
    return new PointCoverage(point, best, verdict, confidence(best, terms.size()), evidence);
  }

  static Confidence confidence(double score, int terms) {
    double distance = Math.min(Math.abs(score - COVERED), Math.abs(score - PARTLY));
    if (terms < FEW_TERMS || distance < MARGIN) {
      return Confidence.LOW;
    }
    return distance >= CLEAR_MARGIN ? Confidence.HIGH : Confidence.MEDIUM;
  }

  private static List<Passage> passages(String answer) {
    List<String> sentences = Text.sentences(answer);
    List<Passage> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new Passage(sentences.get(i)));
      if (i + 1 < sentences.size()) {
        out.add(new Passage(sentences.get(i) + " " + sentences.get(i + 1)));
      }
    }
    return out;
  }

  private static double square(double x) {
    return x * x;
  }

  private static final class Passage {
    final String text;
    final Set<String> terms;

    Passage(String text) {
      this.text = text;
      this.terms = new HashSet<>(Text.terms(text));
    }
  }
}
