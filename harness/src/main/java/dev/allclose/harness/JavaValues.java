package dev.allclose.harness;

import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts case arrays to the Java types a solution's method declares, and its return values back
 * to arrays, following the contract's mapping: float arrays to {@code double[]...}, integer arrays
 * to {@code int[]}/{@code long[]}, {@code list[int]} to {@code int[]} or {@code List<Integer>},
 * tuples to a record or {@code Object[]}.
 */
final class JavaValues {
  private JavaValues() {}

  /** A converted return value: the array, or why there is none, and what the value was. */
  record Converted(@Nullable NdArray array, String kind, @Nullable String problem) {}

  /**
   * An argument as the parameter's type; {@code contractType} is the type the problem declares,
   * which decides the few conversions the Java type alone cannot (token lists lose their padding).
   */
  static Object toJava(NdArray a, String contractType, Type type) {
    if (contractType.replace(" ", "").equals(TOKEN_LISTS)) {
      return tokenLists(a, type);
    }
    return toJava(a, type);
  }

  private static final String TOKEN_LISTS = "list[list[str]]";

  /**
   * A (n, L) string array whose rows are padded with empty strings, as {@code String[][]} or {@code
   * List<List<String>>} of the unpadded rows.
   */
  private static Object tokenLists(NdArray a, Type type) {
    if (a.rank() != 2) {
      throw new IllegalArgumentException(
          "token lists must be a (n, L) array, not of shape " + NdArray.formatShape(a.shape()));
    }
    int rows = a.dim(0);
    int width = a.dim(1);
    List<List<String>> lists = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        String token = a.getString(r * width + c);
        if (!token.isEmpty()) {
          row.add(token);
        }
      }
      lists.add(row);
    }
    Class<?> raw = rawClass(type);
    if (raw == String[][].class) {
      return lists.stream().map(l -> l.toArray(String[]::new)).toArray(String[][]::new);
    }
    if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
      return lists;
    }
    throw new IllegalArgumentException(
        "a list[list[str]] argument must be declared List<List<String>> or String[][], not "
            + type.getTypeName());
  }

  static Object toJava(NdArray a, Type type) {
    Class<?> raw = rawClass(type);
    if (raw.isArray()) {
      return NestedArrays.toNested(a, raw);
    }
    if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
      return toList(a, type);
    }
    if (a.rank() != 0) {
      throw new IllegalArgumentException(
          "cannot pass an array of shape "
              + NdArray.formatShape(a.shape())
              + " as "
              + raw.getSimpleName());
    }
    return scalar(a, raw);
  }

  /** A declared default (a JSON number, boolean or string) as the parameter's type. */
  static @Nullable Object defaultAs(@Nullable Object value, Type type) {
    if (value == null) {
      return null;
    }
    Class<?> raw = rawClass(type);
    return switch (value) {
      case Boolean b -> b;
      case Number n when raw == int.class || raw == Integer.class -> n.intValue();
      case Number n when raw == long.class || raw == Long.class -> n.longValue();
      case Number n when raw == float.class || raw == Float.class -> n.floatValue();
      case Number n -> n.doubleValue();
      default -> value;
    };
  }

  private static Object scalar(NdArray a, Class<?> raw) {
    if (raw == double.class || raw == Double.class) {
      return a.getDouble(0);
    }
    if (raw == float.class || raw == Float.class) {
      return (float) a.getDouble(0);
    }
    if (raw == int.class || raw == Integer.class) {
      return Math.toIntExact(a.getLong(0));
    }
    if (raw == long.class || raw == Long.class) {
      return a.getLong(0);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return a.getBoolean(0);
    }
    if (raw == String.class || raw == CharSequence.class || raw == Object.class) {
      return a.dtype() == DType.STR ? a.getString(0) : a.getDouble(0);
    }
    throw new IllegalArgumentException("parameter type " + raw.getName() + " is not supported");
  }

  private static List<Object> toList(NdArray a, Type type) {
    Type element =
        type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    List<Object> out = new ArrayList<>();
    if (a.rank() == 1) {
      for (int i = 0; i < a.size(); i++) {
        out.add(scalar(a.slab(i, 1), rawClass(element)));
      }
      return out;
    }
    int rows = a.dim(0);
    int rowSize = a.size() / Math.max(rows, 1);
    int[] rowShape = Arrays.copyOfRange(a.shape(), 1, a.rank());
    for (int r = 0; r < rows; r++) {
      out.add(toJava(a.slab(r * rowSize, rowSize, rowShape), element));
    }
    return out;
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** Converts a returned value; {@code declaredType} picks the dtype of an empty list. */
  static Converted fromJava(@Nullable Object value, String declaredType) {
    if (value == null) {
      return new Converted(null, "null", "returned null");
    }
    String kind = kindOf(value);
    if (declaredType.replace(" ", "").equals(ScoredSequences.TYPE)) {
      try {
        return new Converted(ScoredSequences.pack(value), kind, null);
      } catch (IllegalArgumentException | ReflectiveOperationException e) {
        return new Converted(null, kind, e.getMessage());
      }
    }
    try {
      return new Converted(
          emptyTuplesShaped(toArray(value, declaredType), declaredType), kind, null);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new Converted(null, kind, e.getMessage());
    }
  }

  /**
   * {@code new int[0][2]} carries no rows, so its inner length is lost and it reads as shape (0,
   * 0); an empty {@code list[tuple[...]]} must be (0, arity), as it is in Python.
   */
  private static NdArray emptyTuplesShaped(NdArray a, String declaredType) {
    String t = declaredType.replace(" ", "");
    if (a.size() != 0 || !t.startsWith("list[tuple[")) {
      return a;
    }
    int arity = t.split(",", -1).length;
    return a.reshape(0, arity);
  }

  static String kindOf(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "empty List" : "List of " + kindOf(list.get(0));
    }
    return value.getClass().getSimpleName();
  }

  private static NdArray toArray(Object value, String declaredType) {
    return switch (value) {
      case Double d -> NdArray.scalar(d);
      case Float f -> NdArray.scalar(f.doubleValue());
      case Integer i -> NdArray.scalar(i.longValue());
      case Long l -> NdArray.scalar(l);
      case Short s -> NdArray.scalar(s.longValue());
      case Byte b -> NdArray.scalar(b.longValue());
      case Boolean b -> NdArray.scalar(b);
      case String s -> NdArray.scalar(s);
      case Character c -> NdArray.scalar(c.toString());
      case Collection<?> c -> stack(new ArrayList<Object>(c), declaredType);
      case Object[] array when !array.getClass().getComponentType().isArray() ->
          stack(Arrays.asList(array), declaredType);
      default -> {
        if (value.getClass().isArray()) {
          yield NestedArrays.fromNested(value);
        }
        throw new IllegalArgumentException(
            "a " + value.getClass().getSimpleName() + " cannot be read as an array or number");
      }
    };
  }

  /** Stacks converted elements (numbers, strings or equal-shaped rows) along a new first axis. */
  private static NdArray stack(List<?> elements, String declaredType) {
    if (elements.isEmpty()) {
      boolean pairs = declaredType.contains("tuple[");
      return emptyOf(declaredType, pairs ? new int[] {0, 2} : new int[] {0});
    }
    List<NdArray> rows = new ArrayList<>();
    for (Object e : elements) {
      if (e == null) {
        throw new IllegalArgumentException("holds null elements");
      }
      rows.add(toArray(e, declaredType));
    }
    NdArray first = rows.get(0);
    int[] shape = new int[first.rank() + 1];
    shape[0] = rows.size();
    System.arraycopy(first.shape(), 0, shape, 1, first.rank());
    DType dtype = commonDtype(rows);
    for (NdArray r : rows) {
      if (!Arrays.equals(r.shape(), first.shape())) {
        throw new IllegalArgumentException("rows of different lengths cannot form an array");
      }
    }
    return concat(rows, dtype, shape);
  }

  private static DType commonDtype(List<NdArray> rows) {
    DType dtype = rows.get(0).dtype();
    for (NdArray r : rows) {
      if (r.dtype() != dtype) {
        boolean numeric = r.dtype().kind() != 'U' && dtype.kind() != 'U';
        if (!numeric || r.dtype() == DType.BOOL || dtype == DType.BOOL) {
          throw new IllegalArgumentException("mixes elements of different types");
        }
        dtype = DType.FLOAT64;
      }
    }
    return dtype;
  }

  private static NdArray concat(List<NdArray> rows, DType dtype, int[] shape) {
    int n = NdArray.sizeOf(shape);
    int k = 0;
    switch (dtype) {
      case STR -> {
        String[] v = new String[n];
        for (NdArray r : rows) for (int i = 0; i < r.size(); i++) v[k++] = r.getString(i);
        return NdArray.ofStrings(v, shape);
      }
      case BOOL -> {
        boolean[] v = new boolean[n];
        for (NdArray r : rows) for (int i = 0; i < r.size(); i++) v[k++] = r.getBoolean(i);
        return NdArray.ofBooleans(v, shape);
      }
      case INT64, INT32 -> {
        long[] v = new long[n];
        for (NdArray r : rows) for (int i = 0; i < r.size(); i++) v[k++] = r.getLong(i);
        return NdArray.ofLongs(v, shape);
      }
      default -> {
        double[] v = new double[n];
        for (NdArray r : rows) for (int i = 0; i < r.size(); i++) v[k++] = r.getDouble(i);
        return NdArray.ofDoubles(v, shape);
      }
    }
  }

  private static NdArray emptyOf(String declaredType, int[] shape) {
    String t = declaredType;
    if (t.startsWith("list[bool") || t.startsWith("bool")) {
      return NdArray.ofBooleans(new boolean[0], shape);
    }
    if (t.startsWith("list[str") || t.startsWith("str")) {
      return NdArray.ofStrings(new String[0], shape);
    }
    if (t.startsWith("list[int") || t.startsWith("list[tuple[int") || t.startsWith("int")) {
      return NdArray.ofLongs(new long[0], shape);
    }
    return NdArray.ofDoubles(new double[0], shape);
  }

  /** Splits a tuple-packed return value: an {@code Object[]}, a record, or a List. */
  static @Nullable List<@Nullable Object> tupleElements(Object value)
      throws ReflectiveOperationException {
    if (value instanceof Object[] array && !array.getClass().getComponentType().isArray()) {
      return Arrays.asList(array);
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value.getClass().isRecord()) {
      List<@Nullable Object> out = new ArrayList<>();
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        var accessor = c.getAccessor();
        accessor.setAccessible(true);
        out.add(accessor.invoke(value));
      }
      return out;
    }
    return null;
  }

  static @Nullable Map<?, ?> dictOf(Object value) {
    return value instanceof Map<?, ?> m ? m : null;
  }
}
