package dev.allclose.problems.tokenizer;

import dev.allclose.reference.tokenizer.BytePairEncoding;
import java.io.ByteArrayOutputStream;

/** Byte-string helpers of the bpe-tokenizer cases. */
final class ByteStrings {
  private ByteStrings() {}

  /** The byte values 0-255 as ids. */
  static int[] bytes(byte[] utf8) {
    int[] ids = new int[utf8.length];
    for (int i = 0; i < utf8.length; i++) {
      ids[i] = utf8[i] & 0xFF;
    }
    return ids;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * Whether the bytes of {@code ids} avoid NUL, which NumPy strips from the end of strings, and
   * {@code ED A0..BF}, an encoded surrogate that Java's {@code new String(bytes, UTF_8)} replaces
   * with fewer U+FFFD than Python's {@code bytes.decode("utf-8", "replace")}.
   */
  static boolean fairToDecode(int[] ids, int[][] merges) {
    byte[][] vocab = BytePairEncoding.vocabulary(merges);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int id : ids) {
      out.writeBytes(vocab[id]);
    }
    byte[] joined = out.toByteArray();
    for (int i = 0; i < joined.length; i++) {
      if (joined[i] == 0) {
        return false;
      }
      int next = i + 1 < joined.length ? joined[i + 1] & 0xFF : 0;
      if ((joined[i] & 0xFF) == 0xED && next >= 0xA0 && next <= 0xBF) {
        return false;
      }
    }
    return true;
  }
}
