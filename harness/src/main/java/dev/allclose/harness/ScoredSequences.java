package dev.allclose.harness;

import dev.allclose.numeric.NdArray;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Packs a Java list of (tokens, score) pairs into the judge's array form of {@code
 * list[tuple[list[int],float]]}: a float64 matrix with one row [score, length, tokens..., -1
 * padding] per pair. A pair may be a record of two components, an {@code Object[]} of two, or a
 * {@link Map.Entry}; tokens an {@code int[]}, {@code long[]} or a collection of integers.
 */
final class ScoredSequences {
  static final String TYPE = "list[tuple[list[int],float]]";

  private ScoredSequences() {}

  static NdArray pack(Object value) throws ReflectiveOperationException {
    List<?> items = asList(value);
    if (items == null) {
      throw new IllegalArgumentException("expected a list of (tokens, score) pairs");
    }
    List<long[]> tokens = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<@Nullable Object> pair = pair(items.get(i));
      if (pair == null
          || pair.size() != 2
          || pair.get(0) == null
          || !(pair.get(1) instanceof Number score)) {
        throw new IllegalArgumentException("element " + i + " is not a (tokens, score) pair");
      }
      tokens.add(ints(pair.get(0), i));
      scores.add(score.doubleValue());
    }
    int width = tokens.stream().mapToInt(t -> t.length).max().orElse(0);
    double[] packed = new double[items.size() * (2 + width)];
    Arrays.fill(packed, -1.0);
    for (int r = 0; r < items.size(); r++) {
      int base = r * (2 + width);
      packed[base] = scores.get(r);
      packed[base + 1] = tokens.get(r).length;
      for (int c = 0; c < tokens.get(r).length; c++) {
        packed[base + 2 + c] = tokens.get(r)[c];
      }
    }
    return NdArray.ofDoubles(packed, items.size(), 2 + width);
  }

  private static @Nullable List<?> asList(Object value) {
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    return null;
  }

  private static @Nullable List<@Nullable Object> pair(@Nullable Object item)
      throws ReflectiveOperationException {
    if (item instanceof Map.Entry<?, ?> e) {
      return Arrays.asList(e.getKey(), e.getValue());
    }
    return item == null ? null : JavaValues.tupleElements(item);
  }

  private static long[] ints(@Nullable Object tokens, int pair) {
    if (tokens instanceof int[] a) {
      return Arrays.stream(a).asLongStream().toArray();
    }
    if (tokens instanceof long[] a) {
      return a.clone();
    }
    List<?> list =
        tokens instanceof Collection<?> c
            ? new ArrayList<>(c)
            : tokens != null && tokens.getClass().isArray() ? boxed(tokens) : null;
    if (list == null) {
      throw new IllegalArgumentException("the tokens of pair " + pair + " are not a list of ints");
    }
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(list.get(i) instanceof Integer
          || list.get(i) instanceof Long
          || list.get(i) instanceof Short)) {
        throw new IllegalArgumentException("the tokens of pair " + pair + " are not all integers");
      }
      out[i] = ((Number) list.get(i)).longValue();
    }
    return out;
  }

  private static List<Object> boxed(Object array) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      out.add(Array.get(array, i));
    }
    return out;
  }
}
