package dev.allclose.reference.tokenizer;

/**
 * UTF-8 decoding that replaces ill-formed input exactly as Python's {@code bytes.decode("utf-8",
 * errors="replace")} does.
 *
 * <p>Source: The Unicode Standard, Version 15.0, section 3.9, Table 3-7 (well-formed UTF-8 byte
 * sequences) and "U+FFFD Substitution of Maximal Subparts" (section 3.9.6). A maximal subpart is
 * the longest prefix of a well-formed sequence that the input holds at that point; each one, and
 * each byte that cannot start a sequence, becomes a single U+FFFD, and decoding resumes at the
 * first byte not consumed.
 *
 * <p>The JDK's decoder follows the same rule except after {@code ED}: for {@code ED A0..BF} (an
 * encoded surrogate) it emits one U+FFFD where Python emits one per byte, which is why this class
 * exists. Cost O(n). Stateless and thread-safe.
 */
public final class Utf8Decoder {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8Decoder() {}

  public static String decode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      int length = sequenceLength(lead);
      if (length == 1) {
        out.append((char) lead);
        i++;
        continue;
      }
      if (length == 0) {
        out.append(REPLACEMENT);
        i++;
        continue;
      }
      int codePoint = lead & (0xFF >>> (length + 1));
      int k = 1;
      while (k < length && i + k < bytes.length && continues(lead, k, bytes[i + k] & 0xFF)) {
        codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        k++;
      }
      if (k == length) {
        out.appendCodePoint(codePoint);
      } else {
        out.append(REPLACEMENT);
      }
      i += k;
    }
    return out.toString();
  }

  /** Table 3-7: 1 to 4 for a byte that starts a sequence, 0 for one that cannot. */
  private static int sequenceLength(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /**
   * Table 3-7: whether {@code b} may be byte {@code k} (1-based after the lead) of a sequence that
   * starts with {@code lead}. Only the second byte has lead-dependent bounds: they exclude overlong
   * forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
   */
  private static boolean continues(int lead, int k, int b) {
    int lo = 0x80;
    int hi = 0xBF;
    if (k == 1) {
      switch (lead) {
        case 0xE0 -> lo = 0xA0;
        case 0xED -> hi = 0x9F;
        case 0xF0 -> lo = 0x90;
        case 0xF4 -> hi = 0x8F;
        default -> {}
      }
    }
    return b >= lo && b <= hi;
  }
}
