package dev.allclose.judge.verdict;

import dev.allclose.judge.compare.ArrayComparison;
import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for a case that must give the same answer in every process (a consistent hash ring is
 * the example): the results of two runs, each in a fresh process, must be identical, bit for bit
 * and string for string. No tolerance applies: a deterministic program repeats itself exactly, and
 * what differs between processes is an answer that depends on the process (Python salts {@code
 * hash()} of strings per process, {@code id()} and set order follow memory addresses).
 */
public final class Determinism {
  private Determinism() {}

  /**
   * The first difference between two runs' results, in the order the first run returned them,
   * described for the candidate.
   */
  public static Optional<String> difference(
      Map<String, NdArray> first, Map<String, NdArray> second) {
    for (Map.Entry<String, NdArray> e : first.entrySet()) {
      String name = e.getKey();
      NdArray a = e.getValue();
      NdArray b = second.get(name);
      if (b == null) {
        return Optional.of(name + " came back from the first process but not from the second");
      }
      if (!a.equals(b)) {
        return Optional.of(describe(name, a, b));
      }
    }
    return second.keySet().stream()
        .filter(name -> !first.containsKey(name))
        .findFirst()
        .map(name -> name + " came back from the second process but not from the first");
  }

  private static String describe(String name, NdArray a, NdArray b) {
    if (a.dtype() != b.dtype() || !Arrays.equals(a.shape(), b.shape())) {
      return name
          + " was "
          + a.dtype().numpyName()
          + NdArray.formatShape(a.shape())
          + " in the first process and "
          + b.dtype().numpyName()
          + NdArray.formatShape(b.shape())
          + " in the second";
    }
    int i = 0;
    while (i < a.size() && same(a, b, i)) {
      i++;
    }
    String where = a.rank() == 0 ? "" : " at " + index(a.shape(), i);
    return name
        + where
        + " was "
        + show(a, b, i)
        + " in the first process and "
        + show(b, a, i)
        + " in the second";
  }

  /** The element as reports show it; doubles that differ print all their digits. */
  private static String show(NdArray a, NdArray other, int i) {
    if (i >= a.size()) {
      return "";
    }
    String shown = ArrayComparison.render(a, i);
    boolean floating = a.dtype().isFloating();
    return floating && shown.equals(ArrayComparison.render(other, i))
        ? Double.toString(a.getDouble(i))
        : shown;
  }

  /** Bit for bit for doubles (two NaNs of one pattern are the same), equal otherwise. */
  private static boolean same(NdArray a, NdArray b, int i) {
    return switch (a.dtype()) {
      case FLOAT64, FLOAT32 ->
          Double.doubleToLongBits(a.getDouble(i)) == Double.doubleToLongBits(b.getDouble(i));
      case INT64, INT32 -> a.getLong(i) == b.getLong(i);
      case BOOL -> a.getBoolean(i) == b.getBoolean(i);
      case STR -> a.getString(i).equals(b.getString(i));
    };
  }

  private static String index(int[] shape, int flat) {
    List<Integer> idx = new ArrayList<>();
    int rest = flat;
    for (int d = shape.length - 1; d >= 0; d--) {
      idx.add(0, rest % Math.max(shape[d], 1));
      rest /= Math.max(shape[d], 1);
    }
    return idx.toString();
  }
}
