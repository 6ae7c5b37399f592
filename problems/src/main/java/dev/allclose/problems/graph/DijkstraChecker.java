package dev.allclose.problems.graph;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.PropertyResults;
import java.util.Arrays;
import java.util.List;

/**
 * Judges problem 30, dijkstra. A case that must be refused (a negative weight) is compared as
 * usual: {@code raised} must be true. Otherwise, with the reference's distances d* as {@code dist}:
 *
 * <ol>
 *   <li>{@code dist} must equal d* within the problem's tolerance, infinities exactly (the default
 *       comparison);
 *   <li>{@code pred} must be int64 of length n, -1 at the source and at every unreachable node;
 *   <li>for every other node v, {@code pred[v]} = u must be a node with an edge u -> v of weight w
 *       such that d*[u] + w equals d*[v] within that tolerance (the edge is tight);
 *   <li>following {@code pred} from any reachable node must reach the source. Tight edges of
 *       positive weight cannot form a cycle, but zero-weight edges can.
 * </ol>
 *
 * Any shortest-path tree passes. Cost O(V + E); stateless and thread-safe.
 */
public final class DijkstraChecker implements Checker {
  private static final OutputsChecker COMPARED = new OutputsChecker();

  @Override
  public CheckResult check(CheckContext ctx) {
    NdArray expectedDist = ctx.testCase().expected().get("dist");
    if (expectedDist == null) {
      return COMPARED.check(ctx);
    }
    OutputReport dist = OutputsChecker.compare(ctx, "dist", expectedDist);
    if (!dist.matched()) {
      return new CheckResult(false, "dist: " + dist.message(), List.of(dist));
    }
    CheckResult tree =
        PropertyResults.check(ctx, c -> treeProblem(c, expectedDist.toDoubleArray()));
    return new CheckResult(tree.accepted(), tree.message(), List.of(dist));
  }

  private static String treeProblem(CheckContext ctx, double[] dist) {
    int n = dist.length;
    int source = Math.toIntExact(ctx.input("source").getLong(0));
    long[] pred = pred(ctx, n);
    String failure = rootsAndLeaves(pred, dist, source);
    if (failure.isEmpty()) {
      failure = looseEdge(pred, dist, ctx.input("edges"), ctx.metadata().toleranceFor("dist"));
    }
    return failure.isEmpty() ? cycle(pred, source) : failure;
  }

  private static long[] pred(CheckContext ctx, int n) {
    NdArray a = PropertyResults.usable(ctx, "pred");
    if (!a.dtype().isInteger() || a.rank() != 1 || a.size() != n) {
      throw PropertyResults.unusable(
          ctx,
          "pred",
          "expected one integer node index per node, "
              + n
              + " in all; got "
              + PropertyResults.kind(ctx, "pred", a));
    }
    return a.toLongArray();
  }

  /** The source and unreachable nodes have pred -1; every other node has a node index. */
  private static String rootsAndLeaves(long[] pred, double[] dist, int source) {
    if (pred[source] != -1) {
      return "pred["
          + source
          + "] is "
          + pred[source]
          + ", but the source has no predecessor: it must be -1";
    }
    for (int v = 0; v < pred.length; v++) {
      boolean reachable = dist[v] != Double.POSITIVE_INFINITY;
      if (!reachable && pred[v] != -1) {
        return "pred["
            + v
            + "] is "
            + pred[v]
            + ", but node "
            + v
            + " is unreachable: it must be -1";
      }
      if (reachable && v != source && (pred[v] < 0 || pred[v] >= pred.length)) {
        return "pred["
            + v
            + "] is "
            + pred[v]
            + ", but node "
            + v
            + " is reachable (dist "
            + Numbers.format(dist[v])
            + "), so it needs a predecessor in 0.."
            + (pred.length - 1);
      }
    }
    return "";
  }

  /** Each pred[v] -> v must be an edge whose weight closes the gap dist[v] - dist[pred[v]]. */
  private static String looseEdge(long[] pred, double[] dist, NdArray edges, Tolerance tol) {
    int n = pred.length;
    boolean[] tight = new boolean[n];
    double[] lightest = new double[n];
    Arrays.fill(lightest, Double.POSITIVE_INFINITY);
    double[] e = edges.toDoubleArray();
    for (int i = 0; i + 2 < e.length; i += 3) {
      int u = (int) e[i];
      int v = (int) e[i + 1];
      if (pred[v] == u) {
        lightest[v] = Math.min(lightest[v], e[i + 2]);
        tight[v] |= tol.accepts(dist[v], dist[u] + e[i + 2]);
      }
    }
    for (int v = 0; v < n; v++) {
      if (pred[v] < 0 || tight[v]) {
        continue;
      }
      int u = (int) pred[v];
      String prefix = "pred[" + v + "] is " + u + ", but ";
      return lightest[v] == Double.POSITIVE_INFINITY
          ? prefix + "there is no edge " + u + " -> " + v + " (edges are directed)"
          : prefix
              + "the path through it costs dist["
              + u
              + "] + w = "
              + Numbers.format(dist[u] + lightest[v])
              + " while the shortest distance to "
              + v
              + " is "
              + Numbers.format(dist[v]);
    }
    return "";
  }

  /** Following pred from every reachable node must end at the source, never loop. */
  private static String cycle(long[] pred, int source) {
    byte[] state = new byte[pred.length]; // 0 unseen, 1 on the current walk, 2 reaches the source
    state[source] = 2;
    for (int start = 0; start < pred.length; start++) {
      int v = start;
      while (pred[v] >= 0 && state[v] == 0) {
        state[v] = 1;
        v = (int) pred[v];
      }
      if (state[v] == 1) {
        return "following pred from node "
            + start
            + " loops back to node "
            + v
            + " and never reaches the source "
            + source;
      }
      for (int w = start; state[w] == 1; w = (int) pred[w]) {
        state[w] = 2;
      }
    }
    return "";
  }
}
