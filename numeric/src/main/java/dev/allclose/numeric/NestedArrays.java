package dev.allclose.numeric;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between {@link NdArray} and Java's nested arrays ({@code double[][][]}, {@code long[]},
 * {@code int[][]}, {@code boolean[]}, {@code String[]}), the types that Java solutions and
 * reference implementations use.
 *
 * <p>{@link #toNested} builds an array of the requested component type and rank; {@link
 * #fromNested} reads any rectangular nested array and refuses a ragged one with a message that
 * names the first uneven axis.
 */
public final class NestedArrays {
  private NestedArrays() {}

  /**
   * Builds a nested array of {@code type}, e.g. {@code double[][][].class} for a rank-3 array. The
   * rank of {@code type} must equal the array's rank (rank 0 is not a Java array).
   */
  public static Object toNested(NdArray a, Class<?> type) {
    int rank = rankOf(type);
    if (rank != a.rank() || rank == 0) {
      throw new IllegalArgumentException(
          "cannot pass a rank-" + a.rank() + " array as " + type.getSimpleName());
    }
    Class<?> leaf = leafOf(type);
    int[] shape = a.shape();
    Object result = Array.newInstance(leaf, shape);
    fill(result, a, leaf, 0, new int[] {0});
    return result;
  }

  public static double[][] toMatrix(NdArray a) {
    return (double[][]) toNested(a, double[][].class);
  }

  public static double[][][] toCube(NdArray a) {
    return (double[][][]) toNested(a, double[][][].class);
  }

  public static double[] toVector(NdArray a) {
    return (double[]) toNested(a, double[].class);
  }

  private static void fill(Object target, NdArray a, Class<?> leaf, int axis, int[] cursor) {
    int n = Array.getLength(target);
    if (axis == a.rank() - 1) {
      for (int i = 0; i < n; i++) {
        int flat = cursor[0]++;
        if (leaf == double.class) {
          Array.setDouble(target, i, a.getDouble(flat));
        } else if (leaf == float.class) {
          Array.setFloat(target, i, (float) a.getDouble(flat));
        } else if (leaf == long.class) {
          Array.setLong(target, i, a.getLong(flat));
        } else if (leaf == int.class) {
          Array.setInt(target, i, Math.toIntExact(a.getLong(flat)));
        } else if (leaf == boolean.class) {
          Array.setBoolean(target, i, a.getBoolean(flat));
        } else if (leaf == String.class) {
          Array.set(target, i, a.getString(flat));
        } else {
          throw new IllegalArgumentException("unsupported element type " + leaf.getName());
        }
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      fill(Array.get(target, i), a, leaf, axis + 1, cursor);
    }
  }

  /**
   * Reads a rectangular nested array of double, float, long, int, short, byte, boolean or String
   * leaves. Doubles and floats become FLOAT64, integer types INT64.
   */
  public static NdArray fromNested(Object nested) {
    Class<?> leaf = leafOf(nested.getClass());
    int rank = rankOf(nested.getClass());
    if (rank == 0) {
      throw new IllegalArgumentException(nested.getClass().getName() + " is not an array");
    }
    int[] shape = shapeOf(nested, rank);
    List<Object> rows = new ArrayList<>();
    flatten(nested, shape, 0, rows);
    int n = NdArray.sizeOf(shape);
    if (leaf == double.class || leaf == float.class) {
      double[] v = new double[n];
      fillFlat(rows, (row, i, off) -> v[off] = Array.getDouble(row, i));
      return NdArray.ofDoubles(v, shape);
    }
    if (leaf == long.class || leaf == int.class || leaf == short.class || leaf == byte.class) {
      long[] v = new long[n];
      fillFlat(rows, (row, i, off) -> v[off] = Array.getLong(row, i));
      return NdArray.ofLongs(v, shape);
    }
    if (leaf == boolean.class) {
      boolean[] v = new boolean[n];
      fillFlat(rows, (row, i, off) -> v[off] = Array.getBoolean(row, i));
      return NdArray.ofBooleans(v, shape);
    }
    if (leaf == String.class) {
      String[] v = new String[n];
      fillFlat(rows, (row, i, off) -> v[off] = stringAt(row, i));
      return NdArray.ofStrings(v, shape);
    }
    throw new IllegalArgumentException("arrays of " + leaf.getName() + " are not supported");
  }

  public static NdArray fromMatrix(double[][] m) {
    return fromNested(m);
  }

  private interface LeafCopy {
    void copy(Object row, int index, int offset);
  }

  private static void fillFlat(List<Object> rows, LeafCopy copy) {
    int offset = 0;
    for (Object row : rows) {
      int n = Array.getLength(row);
      for (int i = 0; i < n; i++) {
        copy.copy(row, i, offset++);
      }
    }
  }

  private static String stringAt(Object row, int i) {
    Object s = Array.get(row, i);
    if (s == null) {
      throw new IllegalArgumentException("null string at position " + i);
    }
    return (String) s;
  }

  private static int[] shapeOf(Object nested, int rank) {
    int[] shape = new int[rank];
    Object level = nested;
    for (int axis = 0; axis < rank; axis++) {
      shape[axis] = Array.getLength(level);
      if (shape[axis] == 0 || axis == rank - 1) {
        break;
      }
      level = Array.get(level, 0);
      if (level == null) {
        throw new IllegalArgumentException("null row on axis " + (axis + 1));
      }
    }
    return shape;
  }

  private static void flatten(Object level, int[] shape, int axis, List<Object> rows) {
    if (level == null || Array.getLength(level) != shape[axis]) {
      throw new IllegalArgumentException(
          "ragged array: rows on axis "
              + axis
              + " differ in length (expected "
              + shape[axis]
              + ", found "
              + (level == null ? "null" : Array.getLength(level))
              + ")");
    }
    if (axis == shape.length - 1) {
      rows.add(level);
      return;
    }
    for (int i = 0; i < shape[axis]; i++) {
      flatten(Array.get(level, i), shape, axis + 1, rows);
    }
  }

  private static int rankOf(Class<?> type) {
    int rank = 0;
    for (Class<?> t = type; t.isArray(); t = t.getComponentType()) {
      rank++;
    }
    return rank;
  }

  private static Class<?> leafOf(Class<?> type) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t;
  }
}
