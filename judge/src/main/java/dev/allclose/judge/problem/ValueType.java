package dev.allclose.judge.problem;

import dev.allclose.numeric.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type of the problem contract, written as in {@code PROBLEMS.md}: an array with its dtype and
 * named dimensions ({@code float64[B,T,D]}), a scalar ({@code int}, {@code float}, {@code bool},
 * {@code str}) or a list ({@code list[int]}, {@code list[tuple[int,int]]}).
 *
 * <p>Each type has one array form in the {@code .npy} exchange: arrays as they are, scalars as
 * rank-0 arrays, lists as rank-1 arrays and lists of tuples as {@code (N, arity)} arrays.
 */
public sealed interface ValueType {

  /** The dtype of the array form. */
  DType dtype();

  /** The rank of the array form. */
  int rank();

  /** The type as written in metadata. */
  String text();

  /** The Java parameter or return type of the contract's mapping rule. */
  String javaType();

  /** True when values are compared with tolerance (floating dtypes). */
  default boolean tolerant() {
    return dtype().isFloating();
  }

  /** An n-dimensional array; {@code dims} are the names of the axes. */
  record Array(DType dtype, List<String> dims) implements ValueType {
    public Array {
      dims = List.copyOf(dims);
    }

    @Override
    public int rank() {
      return dims.size();
    }

    @Override
    public String text() {
      return dtype.numpyName() + "[" + String.join(",", dims) + "]";
    }

    @Override
    public String javaType() {
      return javaLeaf(dtype) + "[]".repeat(dims.size());
    }
  }

  /** A number, boolean or string. */
  record Scalar(DType dtype) implements ValueType {
    @Override
    public int rank() {
      return 0;
    }

    @Override
    public String text() {
      return switch (dtype) {
        case INT64, INT32 -> "int";
        case FLOAT64, FLOAT32 -> "float";
        case BOOL -> "bool";
        case STR -> "str";
      };
    }

    @Override
    public String javaType() {
      return dtype == DType.INT64 ? "int" : javaLeaf(dtype);
    }
  }

  /** A list of scalars, or of fixed-size tuples of scalars of one dtype. */
  record ListOf(DType dtype, int tupleArity) implements ValueType {
    @Override
    public int rank() {
      return tupleArity == 0 ? 1 : 2;
    }

    @Override
    public String text() {
      String element = new Scalar(dtype).text();
      return tupleArity == 0
          ? "list[" + element + "]"
          : "list[tuple["
              + String.join(",", java.util.Collections.nCopies(tupleArity, element))
              + "]]";
    }

    @Override
    public String javaType() {
      String leaf = dtype.isInteger() ? "int" : javaLeaf(dtype);
      return leaf + (tupleArity == 0 ? "[]" : "[][]");
    }
  }

  /**
   * A list of scored token sequences, {@code list[tuple[list[int],float]]}, such as the beams of a
   * beam search. Rows have different lengths, so the array form packs them into one float64 matrix
   * of shape (n, 2 + L), L the longest sequence: each row holds the score, the sequence length,
   * then the tokens, padded with -1. Token ids and lengths compare exactly in practice (they are
   * small integers, so any difference exceeds the tolerance).
   */
  record ScoredSequences() implements ValueType {
    public static final String TEXT = "list[tuple[list[int],float]]";

    @Override
    public DType dtype() {
      return DType.FLOAT64;
    }

    @Override
    public int rank() {
      return 2;
    }

    @Override
    public String text() {
      return TEXT;
    }

    @Override
    public String javaType() {
      return "List<Beam> (a record or Object[] of int[] tokens and double score)";
    }
  }

  /**
   * A fixed-size tuple of scalars of one type, {@code tuple[int,int]}, such as a grid cell: a
   * Python {@code tuple}, a Java array ({@code int[]}); its array form is a rank-1 array of {@code
   * arity} elements.
   */
  record Tuple(DType dtype, int arity) implements ValueType {
    @Override
    public int rank() {
      return 1;
    }

    @Override
    public String text() {
      return "tuple["
          + String.join(",", java.util.Collections.nCopies(arity, new Scalar(dtype).text()))
          + "]";
    }

    @Override
    public String javaType() {
      return (dtype.isInteger() ? "int" : javaLeaf(dtype)) + "[]";
    }
  }

  /**
   * Token lists of different lengths, {@code list[list[str]]}, such as a tokenised corpus. The
   * array form is a (n, L) unicode array, L the longest list, each row padded with empty strings;
   * an empty string is therefore never a token. The harnesses strip the padding, so a solution
   * receives the lists themselves.
   */
  record TokenLists() implements ValueType {
    public static final String TEXT = "list[list[str]]";

    @Override
    public DType dtype() {
      return DType.STR;
    }

    @Override
    public int rank() {
      return 2;
    }

    @Override
    public String text() {
      return TEXT;
    }

    @Override
    public String javaType() {
      return "List<List<String>> or String[][]";
    }
  }

  private static String javaLeaf(DType dtype) {
    return switch (dtype) {
      case FLOAT64, FLOAT32 -> "double";
      case INT64 -> "long";
      case INT32 -> "int";
      case BOOL -> "boolean";
      case STR -> "String";
    };
  }

  Pattern ARRAY = Pattern.compile("(float64|float32|int64|int32|bool|str)\\[([A-Za-z0-9_, ]*)]");
  Pattern LIST = Pattern.compile("list\\[(int|float|bool|str)]");
  Pattern TUPLE =
      Pattern.compile("tuple\\[((?:int|float|bool|str)(?:, ?(?:int|float|bool|str))*)]");
  Pattern TUPLE_LIST =
      Pattern.compile("list\\[tuple\\[((?:int|float|bool|str)(?:, ?(?:int|float|bool|str))*)]]");

  /**
   * Parses a type; throws {@link IllegalArgumentException} with a message that lists the accepted
   * forms.
   */
  static ValueType parse(String text) {
    String t = text.trim();
    ValueType scalar =
        switch (t) {
          case "int" -> new Scalar(DType.INT64);
          case "float" -> new Scalar(DType.FLOAT64);
          case "bool" -> new Scalar(DType.BOOL);
          case "str" -> new Scalar(DType.STR);
          default -> null;
        };
    if (scalar != null) {
      return scalar;
    }
    Matcher m = ARRAY.matcher(t);
    if (m.matches()) {
      List<String> dims = new ArrayList<>();
      for (String d : m.group(2).split(",")) {
        if (!d.isBlank()) {
          dims.add(d.trim());
        }
      }
      if (dims.isEmpty()) {
        throw new IllegalArgumentException(
            "'"
                + t
                + "' names no dimensions; write e.g. "
                + m.group(1)
                + "[N] or use a scalar type");
      }
      return new Array(DType.fromName(m.group(1)), dims);
    }
    m = LIST.matcher(t);
    if (m.matches()) {
      return new ListOf(scalarDtype(m.group(1)), 0);
    }
    if (t.replace(" ", "").equals(ScoredSequences.TEXT)) {
      return new ScoredSequences();
    }
    if (t.replace(" ", "").equals(TokenLists.TEXT)) {
      return new TokenLists();
    }
    m = TUPLE.matcher(t);
    if (m.matches()) {
      ValueType.ListOf parts = tupleParts(t, m.group(1));
      return new Tuple(parts.dtype(), parts.tupleArity());
    }
    m = TUPLE_LIST.matcher(t);
    if (m.matches()) {
      return tupleParts(t, m.group(1));
    }
    throw new IllegalArgumentException(
        "unknown type '"
            + t
            + "' (expected int, float, bool, str, a dtype with dimensions such as"
            + " float64[B,T,D], list[int], tuple[int,int], list[list[str]], list[tuple[int,int]] or"
            + " list[tuple[list[int],float]])");
  }

  /** The element type and arity of a tuple's element list ("int,int"), as a list of tuples. */
  private static ListOf tupleParts(String type, String elements) {
    String[] parts = elements.split(",");
    DType first = scalarDtype(parts[0].trim());
    for (String p : parts) {
      if (scalarDtype(p.trim()) != first) {
        throw new IllegalArgumentException("tuples in '" + type + "' must hold one element type");
      }
    }
    return new ListOf(first, parts.length);
  }

  private static DType scalarDtype(String name) {
    return switch (name) {
      case "int" -> DType.INT64;
      case "float" -> DType.FLOAT64;
      case "bool" -> DType.BOOL;
      default -> DType.STR;
    };
  }
}
