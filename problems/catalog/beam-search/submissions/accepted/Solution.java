import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Accepted: beams as (int[] tokens, double logp), each step sorts all extensions. */
public class Solution {
  public record Beam(int[] tokens, double score) {}

  public static List<Beam> beamSearch(
      double[] startLogp, double[][] transLogp, int eosId, int beamWidth, int maxLen,
      double lengthPenalty) {
    Comparator<Beam> best =
        (a, b) -> a.score() != b.score()
            ? Double.compare(b.score(), a.score())
            : Arrays.compare(a.tokens(), b.tokens());
    List<Beam> alive = List.of(new Beam(new int[0], 0.0));
    List<Beam> finished = new ArrayList<>();
    for (int t = 0; t < maxLen && !alive.isEmpty(); t++) {
      List<Beam> candidates = new ArrayList<>();
      for (Beam beam : alive) {
        int n = beam.tokens().length;
        double[] row = n == 0 ? startLogp : transLogp[beam.tokens()[n - 1]];
        for (int v = 0; v < row.length; v++) {
          int[] tokens = Arrays.copyOf(beam.tokens(), n + 1);
          tokens[n] = v;
          candidates.add(new Beam(tokens, beam.score() + row[v]));
        }
      }
      candidates.sort(best);
      List<Beam> next = new ArrayList<>();
      for (Beam c : candidates) {
        if (next.size() == beamWidth) {
          break;
        }
        (c.tokens()[c.tokens().length - 1] == eosId ? finished : next).add(c);
      }
      alive = next;
      if (finished.size() >= beamWidth) {
        break;
      }
    }
    finished.addAll(alive);
    List<Beam> scored = new ArrayList<>();
    for (Beam b : finished) {
      scored.add(new Beam(b.tokens(), b.score() / Math.pow(b.tokens().length, lengthPenalty)));
    }
    scored.sort(best);
    return scored.subList(0, Math.min(beamWidth, scored.size()));
  }
}
