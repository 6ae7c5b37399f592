import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accepted: returns Object[]{int[] tokens, Double score} pairs; alive hypotheses are kept as
 * parent pointers into a growing table instead of copied token arrays.
 */
public class Solution {
  public static List<Object[]> beamSearch(
      double[] startLogp, double[][] transLogp, int eosId, int beamWidth, int maxLen,
      double lengthPenalty) {
    List<int[]> nodes = new ArrayList<>(); // node i: {token, parent or -1, depth}; logps.get(i)
    List<Double> logps = new ArrayList<>();
    List<Integer> alive = new ArrayList<>();
    List<Integer> finished = new ArrayList<>();
    for (int t = 0; t < maxLen; t++) {
      List<int[]> cands = new ArrayList<>(); // {parent node or -1, token}
      List<Double> candLogp = new ArrayList<>();
      if (t == 0) {
        for (int v = 0; v < startLogp.length; v++) {
          cands.add(new int[] {-1, v});
          candLogp.add(startLogp[v]);
        }
      } else {
        for (int node : alive) {
          double[] row = transLogp[nodes.get(node)[0]];
          for (int v = 0; v < row.length; v++) {
            cands.add(new int[] {node, v});
            candLogp.add(logps.get(node) + row[v]);
          }
        }
      }
      Integer[] order = new Integer[cands.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            double la = candLogp.get(a);
            double lb = candLogp.get(b);
            if (la != lb) {
              return la > lb ? -1 : 1;
            }
            return Arrays.compare(
                tokens(nodes, cands.get(a)), tokens(nodes, cands.get(b)));
          });
      List<Integer> next = new ArrayList<>();
      for (int i : order) {
        if (next.size() == beamWidth) {
          break;
        }
        int[] c = cands.get(i);
        int depth = c[0] < 0 ? 1 : nodes.get(c[0])[2] + 1;
        nodes.add(new int[] {c[1], c[0], depth});
        logps.add(candLogp.get(i));
        (c[1] == eosId ? finished : next).add(nodes.size() - 1);
      }
      alive = next;
      if (finished.size() >= beamWidth || alive.isEmpty()) {
        break;
      }
    }
    finished.addAll(alive);
    List<Object[]> scored = new ArrayList<>();
    for (int node : finished) {
      int[] toks = path(nodes, node);
      scored.add(new Object[] {toks, logps.get(node) / Math.pow(toks.length, lengthPenalty)});
    }
    scored.sort(
        (a, b) -> {
          double sa = (Double) a[1];
          double sb = (Double) b[1];
          if (sa != sb) {
            return sa > sb ? -1 : 1;
          }
          return Arrays.compare((int[]) a[0], (int[]) b[0]);
        });
    return scored.subList(0, Math.min(beamWidth, scored.size()));
  }

  private static int[] tokens(List<int[]> nodes, int[] cand) {
    int[] prefix = cand[0] < 0 ? new int[0] : path(nodes, cand[0]);
    int[] out = Arrays.copyOf(prefix, prefix.length + 1);
    out[prefix.length] = cand[1];
    return out;
  }

  private static int[] path(List<int[]> nodes, int node) {
    int[] out = new int[nodes.get(node)[2]];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = nodes.get(node)[0];
      node = nodes.get(node)[1];
    }
    return out;
  }
}
