package dev.allclose.problems.hashing;

import static dev.allclose.problems.PropertyResults.quote;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.PropertyResults;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges problem 34, consistent-hashing, by the properties of a consistent hash ring; any hash
 * function passes. For the owners the solution gave ({@code before} for every key, then {@code
 * after_remove} and {@code after_add} for the first keys, {@code sample_keys}):
 *
 * <ol>
 *   <li>every owner is a node of the ring at that moment;
 *   <li>removing a node moves only the keys it owned: every other key keeps its owner;
 *   <li>adding a node moves keys only to it; adding back the node just removed restores every key's
 *       first owner (its points are where they were);
 *   <li>on the contract's ring (10 nodes, 100 points each, at least 100,000 keys) the busiest node
 *       holds at most {@link #MAX_LOAD_RATIO} times the mean number of keys.
 * </ol>
 *
 * That the same keys go to the same nodes in a fresh process is the judge's rerun rule ({@link
 * ConsistentHashingCases} marks its hidden cases), not this class's. Stateless and thread-safe.
 */
public final class ConsistentHashingChecker implements Checker {
  /** The contract's bound on the busiest node's load, relative to the mean. */
  static final double MAX_LOAD_RATIO = 1.35;

  @Override
  public CheckResult check(CheckContext ctx) {
    return PropertyResults.check(ctx, ConsistentHashingChecker::firstFailure);
  }

  private static String firstFailure(CheckContext ctx) {
    List<String> nodes = Arrays.asList(ctx.input("nodes").toStringArray());
    String[] keys = ctx.input("keys").toStringArray();
    String[] sample = ctx.input("sample_keys").toStringArray();
    String removed = ctx.input("removed").getString(0);
    String added = ctx.input("added").getString(0);
    String[] before = owners(ctx, "before", keys.length);
    String[] afterRemove = owners(ctx, "after_remove", sample.length);
    String[] afterAdd = owners(ctx, "after_add", sample.length);

    Set<String> members = new LinkedHashSet<>(nodes);
    String failure = membership(keys, before, members, "");
    members.remove(removed);
    if (failure.isEmpty()) {
      failure = membership(sample, afterRemove, members, " after removing " + quote(removed));
    }
    members.add(added);
    if (failure.isEmpty()) {
      failure = membership(sample, afterAdd, members, " after adding " + quote(added));
    }
    if (failure.isEmpty()) {
      failure = removalMoves(sample, before, afterRemove, removed);
    }
    if (failure.isEmpty()) {
      failure =
          added.equals(removed)
              ? restored(sample, before, afterAdd, added)
              : additionMoves(sample, afterRemove, afterAdd, added);
    }
    if (failure.isEmpty() && isBalanceCase(ctx, nodes.size(), keys.length)) {
      failure = loadProblem(before, nodes.size());
    }
    return failure;
  }

  private static String[] owners(CheckContext ctx, String name, int length) {
    NdArray a = PropertyResults.usable(ctx, name);
    if (a.dtype() != DType.STR || a.rank() != 1 || a.size() != length) {
      throw PropertyResults.unusable(
          ctx,
          name,
          "expected one node name (str) per key, "
              + length
              + " in all; got "
              + PropertyResults.kind(ctx, name, a));
    }
    return a.toStringArray();
  }

  private static String membership(String[] keys, String[] owners, Set<String> nodes, String when) {
    for (int i = 0; i < keys.length; i++) {
      if (!nodes.contains(owners[i])) {
        return "get_node("
            + quote(keys[i])
            + ") returned "
            + quote(owners[i])
            + when
            + ", which is not a node of the ring";
      }
    }
    return "";
  }

  private static String removalMoves(
      String[] keys, String[] before, String[] after, String removed) {
    int moved = 0;
    int first = -1;
    for (int i = 0; i < keys.length; i++) {
      if (!before[i].equals(removed) && !after[i].equals(before[i])) {
        moved++;
        first = first < 0 ? i : first;
      }
    }
    return moved == 0
        ? ""
        : "removing "
            + quote(removed)
            + " moved "
            + moved
            + " of "
            + keys.length
            + " keys it did not own, such as "
            + quote(keys[first])
            + " from "
            + quote(before[first])
            + " to "
            + quote(after[first])
            + "; only the removed node's keys may move";
  }

  private static String additionMoves(
      String[] keys, String[] before, String[] after, String added) {
    int moved = 0;
    int first = -1;
    for (int i = 0; i < keys.length; i++) {
      if (!after[i].equals(before[i]) && !after[i].equals(added)) {
        moved++;
        first = first < 0 ? i : first;
      }
    }
    return moved == 0
        ? ""
        : "adding "
            + quote(added)
            + " moved "
            + moved
            + " of "
            + keys.length
            + " keys between other nodes, such as "
            + quote(keys[first])
            + " from "
            + quote(before[first])
            + " to "
            + quote(after[first])
            + "; keys may move only to the added node";
  }

  private static String restored(String[] keys, String[] first, String[] after, String node) {
    for (int i = 0; i < keys.length; i++) {
      if (!after[i].equals(first[i])) {
        return "removing "
            + quote(node)
            + " and adding it back left "
            + quote(keys[i])
            + " on "
            + quote(after[i])
            + " instead of "
            + quote(first[i])
            + "; a node's points must land where they were";
      }
    }
    return "";
  }

  /** The contract states its load bound for this ring; smaller rings are too noisy to hold it. */
  private static boolean isBalanceCase(CheckContext ctx, int nodes, int keys) {
    return nodes == ConsistentHashingCases.BALANCE_NODES
        && ctx.testCase().inputs().containsKey("replicas")
        && ctx.input("replicas").getLong(0) == ConsistentHashingCases.BALANCE_REPLICAS
        && keys >= ConsistentHashingCases.BALANCE_KEYS;
  }

  private static String loadProblem(String[] owners, int nodes) {
    Map<String, Integer> load = new HashMap<>();
    for (String o : owners) {
      load.merge(o, 1, Integer::sum);
    }
    Map.Entry<String, Integer> busiest =
        load.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    double mean = (double) owners.length / nodes;
    double ratio = busiest.getValue() / mean;
    return ratio <= MAX_LOAD_RATIO
        ? ""
        : "the busiest node "
            + quote(busiest.getKey())
            + " holds "
            + busiest.getValue()
            + " of "
            + owners.length
            + " keys, "
            + Numbers.format(Math.round(ratio * 100) / 100.0)
            + " times the mean of "
            + (mean == Math.rint(mean) ? Long.toString((long) mean) : Numbers.format(mean))
            + " (allowed: "
            + MAX_LOAD_RATIO
            + "); give every node many points on the ring";
  }
}
