package dev.allclose.interview.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * The cosine similarities one assessment needs: every key point and every misconception against
 * every passage, from one batch of embeddings.
 */
final class Vectors {
  private final double[][] points;
  private final double[][][] misconceptions;

  private Vectors(double[][] points, double[][][] misconceptions) {
    this.points = points;
    this.misconceptions = misconceptions;
  }

  static Vectors of(
      SentenceEmbedder embedder,
      List<KeyPoint> keyPoints,
      List<KeyPointCoverage.Passage> passages) {
    List<String> texts = new ArrayList<>();
    for (KeyPoint k : keyPoints) {
      texts.add(k.text());
      texts.addAll(k.misconceptions());
    }
    passages.forEach(p -> texts.add(p.text));
    List<float[]> v = embedder.embed(texts);
    List<float[]> passageVectors = v.subList(v.size() - passages.size(), v.size());
    double[][] points = new double[keyPoints.size()][];
    double[][][] misconceptions = new double[keyPoints.size()][][];
    int next = 0;
    for (int k = 0; k < keyPoints.size(); k++) {
      points[k] = cosines(v.get(next++), passageVectors);
      misconceptions[k] = new double[keyPoints.get(k).misconceptions().size()][];
      for (int m = 0; m < misconceptions[k].length; m++) {
        misconceptions[k][m] = cosines(v.get(next++), passageVectors);
      }
    }
    return new Vectors(points, misconceptions);
  }

  double pointCosine(int point, int passage) {
    return points[point][passage];
  }

  double misconceptionCosine(int point, int misconception, int passage) {
    return misconceptions[point][misconception][passage];
  }

  /** The largest cosine of the passage with any key point other than {@code point}. */
  double bestOtherPoint(int point, int passage) {
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < points.length; k++) {
      if (k != point) {
        best = Math.max(best, points[k][passage]);
      }
    }
    return best;
  }

  private static double[] cosines(float[] a, List<float[]> passages) {
    double[] out = new double[passages.size()];
    for (int p = 0; p < out.length; p++) {
      float[] b = passages.get(p);
      double dot = 0;
      for (int i = 0; i < a.length; i++) {
        dot += a[i] * b[i];
      }
      out[p] = dot;
    }
    return out;
  }
}
