package dev.allclose.numeric;

/**
 * The element types Allclose exchanges with NumPy, named as NumPy names them.
 *
 * <p>Floating types are held as {@code double} in memory, integer types as {@code long}: the dtype
 * only decides how values are written to and read from a {@code .npy} file. {@link #STR} is NumPy's
 * fixed-width unicode type ({@code <U n}), whose width is chosen when written.
 */
public enum DType {
  FLOAT64("float64", 'f', 8),
  FLOAT32("float32", 'f', 4),
  INT64("int64", 'i', 8),
  INT32("int32", 'i', 4),
  BOOL("bool", 'b', 1),
  STR("str", 'U', 4);

  private final String numpyName;
  private final char kind;
  private final int bytesPerUnit;

  DType(String numpyName, char kind, int bytesPerUnit) {
    this.numpyName = numpyName;
    this.kind = kind;
    this.bytesPerUnit = bytesPerUnit;
  }

  /** The name NumPy prints for this dtype ({@code str} stands for any {@code <U n}). */
  public String numpyName() {
    return numpyName;
  }

  /** NumPy's kind character: {@code f} float, {@code i} signed integer, {@code b}, {@code U}. */
  public char kind() {
    return kind;
  }

  /** Bytes per element, or per character for {@link #STR}. */
  public int bytesPerUnit() {
    return bytesPerUnit;
  }

  public boolean isFloating() {
    return kind == 'f';
  }

  public boolean isInteger() {
    return kind == 'i';
  }

  /** Parses a name such as {@code float64}, {@code int32}, {@code bool} or {@code str}. */
  public static DType fromName(String name) {
    for (DType t : values()) {
      if (t.numpyName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown dtype '" + name + "'");
  }
}
