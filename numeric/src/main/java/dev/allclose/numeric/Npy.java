package dev.allclose.numeric;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy's {@code .npy} format, versions 1.0 to 3.0.
 *
 * <p>Format reference: NumPy Enhancement Proposal 1, "A Simple File Format for NumPy Arrays"
 * (numpy.lib.format). A file is the magic string {@code \x93NUMPY}, a version, a little-endian
 * header length, an ASCII header holding a Python dict literal with {@code descr}, {@code
 * fortran_order} and {@code shape}, then the raw element bytes.
 *
 * <p>Supported element types are those of {@link DType}, in either byte order, plus unsigned
 * integers that fit a signed 64-bit value; every other dtype (objects, complex numbers, structured
 * records, datetimes) and Fortran order are refused with an {@link NpyFormatException} that says
 * what to do instead. Files are always written in version 1.0 when the header fits, little-endian
 * and C order, which every NumPy release reads.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGNMENT = 64;
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  public static NdArray read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NpyFormatException e) {
      throw new NpyFormatException(file.getFileName() + ": " + e.getMessage());
    }
  }

  public static NdArray read(InputStream in) throws IOException {
    byte[] magic = in.readNBytes(MAGIC.length + 2);
    if (magic.length < MAGIC.length + 2 || !startsWithMagic(magic)) {
      throw new NpyFormatException("not a .npy file (the magic string \\x93NUMPY is missing)");
    }
    int major = magic[MAGIC.length];
    int headerLength = readHeaderLength(in, major);
    String header = new String(in.readNBytes(headerLength), StandardCharsets.ISO_8859_1);
    Header h = parseHeader(header);
    int count = NdArray.sizeOf(h.shape);
    long byteCount = (long) count * h.itemBytes;
    if (byteCount > Integer.MAX_VALUE) {
      throw new NpyFormatException("array of " + byteCount + " bytes is too large to load");
    }
    byte[] body = in.readNBytes((int) byteCount);
    if (body.length != byteCount) {
      throw new NpyFormatException(
          "file ends after " + body.length + " of " + byteCount + " data bytes (truncated?)");
    }
    return decode(h, ByteBuffer.wrap(body).order(h.order), count);
  }

  public static void write(NdArray array, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(array, out);
    }
  }

  public static byte[] toBytes(NdArray array) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(array, out);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory write cannot fail", e);
    }
    return out.toByteArray();
  }

  public static void write(NdArray array, OutputStream out) throws IOException {
    int width = array.dtype() == DType.STR ? maxCodePoints(array) : 1;
    String descr = descrOf(array.dtype(), width);
    String dict =
        "{'descr': '"
            + descr
            + "', 'fortran_order': False, 'shape': "
            + NdArray.formatShape(array.shape())
            + ", }";
    byte[] header = paddedHeader(dict);
    out.write(MAGIC);
    if (header.length <= 0xFFFF) {
      out.write(new byte[] {1, 0});
      out.write(
          ByteBuffer.allocate(2)
              .order(ByteOrder.LITTLE_ENDIAN)
              .putShort((short) header.length)
              .array());
    } else {
      out.write(new byte[] {2, 0});
      out.write(
          ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(header.length).array());
    }
    out.write(header);
    out.write(encode(array, width));
  }

  private static boolean startsWithMagic(byte[] bytes) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static int readHeaderLength(InputStream in, int major) throws IOException {
    int lengthBytes =
        switch (major) {
          case 1 -> 2;
          case 2, 3 -> 4;
          default -> throw new NpyFormatException("unsupported .npy version " + major);
        };
    byte[] raw = in.readNBytes(lengthBytes);
    if (raw.length != lengthBytes) {
      throw new NpyFormatException("file ends inside the header length");
    }
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    return lengthBytes == 2 ? Short.toUnsignedInt(b.getShort()) : b.getInt();
  }

  // Private and never compared or hashed, so an array component is harmless here.
  @SuppressWarnings("ArrayRecordComponent")
  private record Header(
      DType dtype, ByteOrder order, int itemBytes, int[] shape, boolean unsigned) {}

  private static Header parseHeader(String header) {
    Matcher descr = DESCR.matcher(header);
    if (!descr.find()) {
      throw new NpyFormatException(
          "structured (record) dtypes are not supported; save each field as its own array");
    }
    Matcher fortran = FORTRAN.matcher(header);
    if (fortran.find() && fortran.group(1).equals("True")) {
      throw new NpyFormatException(
          "Fortran-ordered arrays are not supported; save np.ascontiguousarray(a) instead");
    }
    Matcher shape = SHAPE.matcher(header);
    if (!shape.find()) {
      throw new NpyFormatException("the header has no shape");
    }
    return headerFor(descr.group(1), parseShape(shape.group(1)));
  }

  private static int[] parseShape(String tuple) {
    String trimmed = tuple.trim();
    if (trimmed.isEmpty()) {
      return new int[0];
    }
    String[] parts = trimmed.split(",");
    int n = parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
    int[] shape = new int[n];
    for (int i = 0; i < n; i++) {
      try {
        shape[i] = Integer.parseInt(parts[i].trim().replace("L", ""));
      } catch (NumberFormatException e) {
        throw new NpyFormatException("bad shape (" + tuple + ")");
      }
      if (shape[i] < 0) {
        throw new NpyFormatException("negative dimension in shape (" + tuple + ")");
      }
    }
    try {
      NdArray.sizeOf(shape);
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(String.valueOf(e.getMessage()));
    }
    return shape;
  }

  private static Header headerFor(String descr, int[] shape) {
    if (descr.length() < 3) {
      throw unsupported(descr);
    }
    char byteOrder = descr.charAt(0);
    char kind = descr.charAt(1);
    int size;
    try {
      size = Integer.parseInt(descr.substring(2));
    } catch (NumberFormatException e) {
      throw unsupported(descr);
    }
    ByteOrder order = byteOrder == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    DType dtype =
        switch (kind) {
          case 'f' -> size == 8 ? DType.FLOAT64 : size == 4 ? DType.FLOAT32 : null;
          case 'i', 'u' ->
              size == 8 ? DType.INT64 : size == 4 || size == 2 || size == 1 ? DType.INT32 : null;
          case 'b' -> size == 1 ? DType.BOOL : null;
          case 'U' -> DType.STR;
          default -> null;
        };
    if (dtype == null) {
      throw unsupported(descr);
    }
    int itemBytes = kind == 'U' ? size * 4 : size;
    return new Header(dtype, order, itemBytes, shape, kind == 'u');
  }

  private static NpyFormatException unsupported(String descr) {
    String hint =
        switch (descr.length() > 1 ? descr.charAt(1) : '?') {
          case 'O' -> "object arrays need pickle; convert to a numeric or string dtype";
          case 'c' -> "complex numbers are not supported; save real and imaginary parts";
          case 'f' -> "only float32 and float64 are supported; use a.astype(np.float64)";
          case 'S' -> "byte strings are not supported; use str (unicode) arrays";
          default -> "supported: float64, float32, int64, int32, bool, str";
        };
    return new NpyFormatException("unsupported dtype '" + descr + "': " + hint);
  }

  private static NdArray decode(Header h, ByteBuffer b, int count) {
    return switch (h.dtype) {
      case FLOAT64 -> NdArray.ofDoubles(DType.FLOAT64, readDoubles(b, count, 8), h.shape);
      case FLOAT32 -> NdArray.ofDoubles(DType.FLOAT32, readDoubles(b, count, 4), h.shape);
      case INT64, INT32 -> decodeIntegers(h, b, count);
      case BOOL -> NdArray.ofBooleans(readBooleans(b, count), h.shape);
      case STR -> NdArray.ofStrings(readStrings(b, count, h.itemBytes / 4), h.shape);
    };
  }

  private static NdArray decodeIntegers(Header h, ByteBuffer b, int count) {
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] =
          switch (h.itemBytes) {
            case 8 -> b.getLong();
            case 4 -> h.unsigned ? Integer.toUnsignedLong(b.getInt()) : b.getInt();
            case 2 -> h.unsigned ? Short.toUnsignedInt(b.getShort()) : b.getShort();
            default -> h.unsigned ? Byte.toUnsignedInt(b.get()) : b.get();
          };
      if (h.unsigned && h.itemBytes == 8 && values[i] < 0) {
        throw new NpyFormatException("uint64 value does not fit in int64");
      }
    }
    boolean wide = h.itemBytes == 8 || (h.unsigned && h.itemBytes == 4);
    return NdArray.ofLongs(wide ? DType.INT64 : DType.INT32, values, h.shape);
  }

  private static double[] readDoubles(ByteBuffer b, int count, int size) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = size == 8 ? b.getDouble() : b.getFloat();
    }
    return values;
  }

  private static boolean[] readBooleans(ByteBuffer b, int count) {
    boolean[] values = new boolean[count];
    for (int i = 0; i < count; i++) {
      values[i] = b.get() != 0;
    }
    return values;
  }

  /** NumPy pads unicode elements with NUL code points, which it drops when reading. */
  private static String[] readStrings(ByteBuffer b, int count, int width) {
    String[] values = new String[count];
    int[] codePoints = new int[width];
    for (int i = 0; i < count; i++) {
      int length = 0;
      for (int c = 0; c < width; c++) {
        codePoints[c] = b.getInt();
        if (codePoints[c] != 0) {
          length = c + 1;
        }
      }
      values[i] = new String(codePoints, 0, length);
    }
    return values;
  }

  private static int maxCodePoints(NdArray array) {
    int width = 1;
    for (int i = 0; i < array.size(); i++) {
      String s = array.getString(i);
      width = Math.max(width, s.codePointCount(0, s.length()));
    }
    return width;
  }

  private static String descrOf(DType dtype, int width) {
    return switch (dtype) {
      case FLOAT64 -> "<f8";
      case FLOAT32 -> "<f4";
      case INT64 -> "<i8";
      case INT32 -> "<i4";
      case BOOL -> "|b1";
      case STR -> "<U" + width;
    };
  }

  /** Pads the header with spaces and a newline so that the data starts 64-byte aligned. */
  private static byte[] paddedHeader(String dict) {
    byte[] version1 = padded(dict, MAGIC.length + 2 + 2);
    return version1.length <= 0xFFFF ? version1 : padded(dict, MAGIC.length + 2 + 4);
  }

  private static byte[] padded(String dict, int prefixBytes) {
    int unpadded = prefixBytes + dict.length() + 1;
    int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
    return (dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] encode(NdArray array, int width) {
    int n = array.size();
    ByteBuffer b =
        ByteBuffer.allocate(n * array.dtype().bytesPerUnit() * width)
            .order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      switch (array.dtype()) {
        case FLOAT64 -> b.putDouble(array.getDouble(i));
        case FLOAT32 -> b.putFloat((float) array.getDouble(i));
        case INT64 -> b.putLong(array.getLong(i));
        case INT32 -> b.putInt((int) array.getLong(i));
        case BOOL -> b.put((byte) (array.getBoolean(i) ? 1 : 0));
        case STR -> putString(b, array.getString(i), width);
      }
    }
    return b.array();
  }

  private static void putString(ByteBuffer b, String s, int width) {
    int[] codePoints = s.codePoints().toArray();
    for (int c = 0; c < width; c++) {
      b.putInt(c < codePoints.length ? codePoints[c] : 0);
    }
  }
}
