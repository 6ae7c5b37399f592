package dev.allclose.numeric;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable n-dimensional array in C (row-major) order, the in-memory twin of a {@code .npy}
 * file.
 *
 * <p>Values live in one flat backing array: {@code double[]} for floating dtypes, {@code long[]}
 * for integer dtypes, {@code boolean[]} for {@link DType#BOOL} and {@code String[]} for {@link
 * DType#STR}. A rank-0 array (shape {@code ()}) holds one value and stands for a scalar. Factory
 * methods copy their inputs; accessors never expose the backing array, so instances are safe to
 * share between threads.
 */
public final class NdArray {
  private final DType dtype;
  private final int[] shape;
  private final Object data;

  private NdArray(DType dtype, int[] shape, Object data) {
    this.dtype = dtype;
    this.shape = shape;
    this.data = data;
  }

  public static NdArray ofDoubles(double[] values, int... shape) {
    return ofDoubles(DType.FLOAT64, values, shape);
  }

  /** A floating array stored as {@code dtype} (FLOAT64 or FLOAT32) when written. */
  public static NdArray ofDoubles(DType dtype, double[] values, int... shape) {
    requireKind(dtype, 'f');
    return new NdArray(dtype, checkedShape(shape, values.length), values.clone());
  }

  public static NdArray ofLongs(long[] values, int... shape) {
    return ofLongs(DType.INT64, values, shape);
  }

  /** An integer array stored as {@code dtype} (INT64 or INT32) when written. */
  public static NdArray ofLongs(DType dtype, long[] values, int... shape) {
    requireKind(dtype, 'i');
    if (dtype == DType.INT32) {
      for (long v : values) {
        if (v != (int) v) {
          throw new IllegalArgumentException("value " + v + " does not fit in int32");
        }
      }
    }
    return new NdArray(dtype, checkedShape(shape, values.length), values.clone());
  }

  public static NdArray ofBooleans(boolean[] values, int... shape) {
    return new NdArray(DType.BOOL, checkedShape(shape, values.length), values.clone());
  }

  public static NdArray ofStrings(String[] values, int... shape) {
    for (String s : values) {
      Objects.requireNonNull(s, "strings in an array may not be null");
    }
    return new NdArray(DType.STR, checkedShape(shape, values.length), values.clone());
  }

  public static NdArray scalar(double value) {
    return ofDoubles(new double[] {value});
  }

  public static NdArray scalar(long value) {
    return ofLongs(new long[] {value});
  }

  public static NdArray scalar(boolean value) {
    return ofBooleans(new boolean[] {value});
  }

  public static NdArray scalar(String value) {
    return ofStrings(new String[] {value});
  }

  public DType dtype() {
    return dtype;
  }

  public int[] shape() {
    return shape.clone();
  }

  public int rank() {
    return shape.length;
  }

  public int dim(int axis) {
    return shape[axis];
  }

  /** Number of elements: the product of the shape, 1 for a rank-0 array. */
  public int size() {
    return sizeOf(shape);
  }

  public double getDouble(int flatIndex) {
    return switch (data) {
      case double[] d -> d[flatIndex];
      case long[] l -> l[flatIndex];
      case boolean[] b -> b[flatIndex] ? 1.0 : 0.0;
      default -> throw new IllegalStateException(dtype + " array has no numeric values");
    };
  }

  public long getLong(int flatIndex) {
    return switch (data) {
      case long[] l -> l[flatIndex];
      case boolean[] b -> b[flatIndex] ? 1L : 0L;
      default -> throw new IllegalStateException(dtype + " array has no integer values");
    };
  }

  public boolean getBoolean(int flatIndex) {
    if (data instanceof boolean[] b) {
      return b[flatIndex];
    }
    throw new IllegalStateException(dtype + " array has no boolean values");
  }

  public String getString(int flatIndex) {
    if (data instanceof String[] s) {
      return s[flatIndex];
    }
    throw new IllegalStateException(dtype + " array has no string values");
  }

  /** A copy of the values as doubles (integers and booleans are converted). */
  public double[] toDoubleArray() {
    double[] out = new double[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getDouble(i);
    }
    return out;
  }

  public long[] toLongArray() {
    long[] out = new long[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getLong(i);
    }
    return out;
  }

  public boolean[] toBooleanArray() {
    return ((boolean[]) requireData(boolean[].class)).clone();
  }

  public String[] toStringArray() {
    return ((String[]) requireData(String[].class)).clone();
  }

  /** The same values under another shape with the same number of elements. */
  public NdArray reshape(int... newShape) {
    return new NdArray(dtype, checkedShape(newShape, size()), data);
  }

  /**
   * A copy of {@code length} consecutive elements starting at {@code offset} in C order, under
   * {@code newShape} (no dimensions: a scalar). With a row's offset and size this is a row.
   */
  public NdArray slab(int offset, int length, int... newShape) {
    int[] shapeOut = checkedShape(newShape, length);
    return new NdArray(dtype, shapeOut, copyRange(offset, offset + length));
  }

  private Object copyRange(int from, int to) {
    return switch (data) {
      case double[] d -> Arrays.copyOfRange(d, from, to);
      case long[] l -> Arrays.copyOfRange(l, from, to);
      case boolean[] b -> Arrays.copyOfRange(b, from, to);
      case String[] s -> Arrays.copyOfRange(s, from, to);
      default -> throw new IllegalStateException("unknown storage");
    };
  }

  /** Converts the flat index to a multi-index, e.g. 5 in shape (2,3) is [1, 2]. */
  public int[] unravel(int flatIndex) {
    int[] index = new int[shape.length];
    int rest = flatIndex;
    for (int axis = shape.length - 1; axis >= 0; axis--) {
      index[axis] = rest % shape[axis];
      rest /= shape[axis];
    }
    return index;
  }

  /** Shape as NumPy prints it: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
  public static String formatShape(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return sb.append(')').toString();
  }

  public static int sizeOf(int[] shape) {
    long n = 1;
    for (int d : shape) {
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("array of shape " + formatShape(shape) + " is too big");
      }
    }
    return (int) n;
  }

  private Object requireData(Class<?> type) {
    if (!type.isInstance(data)) {
      throw new IllegalStateException(dtype + " array has no " + type.getSimpleName() + " values");
    }
    return data;
  }

  private static void requireKind(DType dtype, char kind) {
    if (dtype.kind() != kind) {
      throw new IllegalArgumentException("dtype " + dtype + " is not of kind " + kind);
    }
  }

  private static int[] checkedShape(int[] shape, int length) {
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + formatShape(shape));
      }
    }
    if (sizeOf(shape) != length) {
      throw new IllegalArgumentException(
          length + " values do not fill shape " + formatShape(shape));
    }
    return shape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NdArray other
        && dtype == other.dtype
        && Arrays.equals(shape, other.shape)
        && Objects.deepEquals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {data}));
  }

  @Override
  public String toString() {
    return "NdArray[" + dtype.numpyName() + formatShape(shape) + "]";
  }
}
