package dev.allclose.reference.decoding;

import dev.allclose.reference.decoding.BeamSearch.Hypothesis;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract transcribed as literally as possible, for the test only: token sequences as int
 * arrays, each candidate's log-probability recomputed from its tokens, the ranking built by
 * repeatedly taking the best remaining candidate (selection, no sorting library) and lexicographic
 * order written out on arrays. Deliberately slow and shares no code with {@link BeamSearch}.
 */
final class NaiveBeamSearch {
  private NaiveBeamSearch() {}

  static List<Hypothesis> search(
      double[] start, double[][] trans, int eos, int width, int maxLen, double lp) {
    List<int[]> alive = new ArrayList<>();
    alive.add(new int[0]);
    List<int[]> finished = new ArrayList<>();
    int steps = 0;
    while (steps < maxLen && !alive.isEmpty()) {
      steps++;
      List<int[]> candidates = new ArrayList<>();
      for (int[] beam : alive) {
        for (int v = 0; v < start.length; v++) {
          int[] longer = java.util.Arrays.copyOf(beam, beam.length + 1);
          longer[beam.length] = v;
          candidates.add(longer);
        }
      }
      List<int[]> nextAlive = new ArrayList<>();
      while (!candidates.isEmpty() && nextAlive.size() < width) {
        int[] top = removeBest(candidates, c -> logProb(start, trans, c));
        if (top[top.length - 1] == eos) {
          finished.add(top);
        } else {
          nextAlive.add(top);
        }
      }
      alive = nextAlive;
      if (finished.size() >= width) {
        break;
      }
    }
    finished.addAll(alive);
    List<Hypothesis> out = new ArrayList<>();
    while (!finished.isEmpty() && out.size() < width) {
      int[] top = removeBest(finished, c -> score(start, trans, c, lp));
      out.add(new Hypothesis(toList(top), score(start, trans, top, lp)));
    }
    return out;
  }

  static double logProb(double[] start, double[][] trans, int[] tokens) {
    double s = start[tokens[0]];
    for (int i = 1; i < tokens.length; i++) {
      s += trans[tokens[i - 1]][tokens[i]];
    }
    return s;
  }

  static double score(double[] start, double[][] trans, int[] tokens, double lp) {
    return logProb(start, trans, tokens) / Math.pow(tokens.length, lp);
  }

  private static int[] removeBest(List<int[]> items, java.util.function.ToDoubleFunction<int[]> f) {
    int best = 0;
    for (int i = 1; i < items.size(); i++) {
      double a = f.applyAsDouble(items.get(i));
      double b = f.applyAsDouble(items.get(best));
      if (a > b || (a == b && lexLess(items.get(i), items.get(best)))) {
        best = i;
      }
    }
    return items.remove(best);
  }

  private static boolean lexLess(int[] a, int[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (a[i] != b[i]) {
        return a[i] < b[i];
      }
    }
    return a.length < b.length;
  }

  static List<Integer> toList(int[] tokens) {
    List<Integer> out = new ArrayList<>();
    for (int t : tokens) {
      out.add(t);
    }
    return out;
  }
}
