package dev.allclose.reference.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Byte-level byte-pair encoding: training a merge table, encoding text with it, decoding ids.
 *
 * <p>Sources: P. Gage, "A New Algorithm for Data Compression", The C Users Journal 12(2), 1994 (the
 * pair-replacement compressor); R. Sennrich, B. Haddow and A. Birch, "Neural Machine Translation of
 * Rare Words with Subword Units", ACL 2016, section 3.2 (Algorithm 1, learning merges from pair
 * counts); A. Radford, J. Wu, R. Child, D. Luan, D. Amodei and I. Sutskever, "Language Models are
 * Unsupervised Multitask Learners", OpenAI report 2019, section 2.2 (a base vocabulary of the 256
 * byte values).
 *
 * <p>Conventions of the Allclose contract: the text is UTF-8 encoded and never pre-split; ids 0-255
 * are the bytes and merge i creates id 256 + i. With the current sequence s_0 .. s_{n-1}:
 *
 * <pre>
 *   count(a, b) = |{ j : s_j = a, s_{j+1} = b }|          (eq. 1, overlapping occurrences)
 *   first(a, b) = min { j : s_j = a, s_{j+1} = b }
 *   (a*, b*) = argmax count, ties to the smallest first     (eq. 2)
 *   s <- s with every (a*, b*) replaced by 256 + i,
 *        scanning left to right without overlap             (eq. 3)
 * </pre>
 *
 * Training repeats eqs. 1-3 {@code vocabSize - 256} times, stopping early once fewer than two
 * tokens remain. Encoding repeats eq. 3 with the present pair of lowest merge index until no merge
 * applies. Decoding concatenates the bytes of every id and then decodes UTF-8, replacing each
 * maximal ill-formed subsequence with U+FFFD ({@link Utf8Decoder}).
 *
 * <p>Cost: training and encoding are O(m n) for m merges over n bytes (one linear count and one
 * linear merge per step); decoding is O(total bytes). Stateless and thread-safe.
 */
public final class BytePairEncoding {
  /** The number of single-byte ids; merge i creates id {@code BYTES + i}. */
  public static final int BYTES = 256;

  private BytePairEncoding() {}

  /** Learns up to {@code vocabSize - 256} merges; each row of the result is one (left, right). */
  public static int[][] train(String text, int vocabSize) {
    int[] seq = bytesOf(text);
    List<int[]> merges = new ArrayList<>();
    for (int id = BYTES; id < vocabSize && seq.length >= 2; id++) {
      long best = mostFrequentPair(seq);
      int left = (int) (best >>> 32);
      int right = (int) best;
      merges.add(new int[] {left, right});
      seq = replace(seq, left, right, id);
    }
    return merges.toArray(new int[0][]);
  }

  /** Applies the merges to the UTF-8 bytes of {@code text}, lowest merge index first. */
  public static int[] encode(String text, int[][] merges) {
    Map<Long, Integer> rank = new HashMap<>();
    for (int i = 0; i < merges.length; i++) {
      rank.putIfAbsent(key(merges[i][0], merges[i][1]), i);
    }
    int[] seq = bytesOf(text);
    while (seq.length >= 2) {
      int lowest = Integer.MAX_VALUE;
      for (int j = 0; j + 1 < seq.length; j++) {
        Integer r = rank.get(key(seq[j], seq[j + 1]));
        if (r != null && r < lowest) {
          lowest = r;
        }
      }
      if (lowest == Integer.MAX_VALUE) {
        break;
      }
      seq = replace(seq, merges[lowest][0], merges[lowest][1], BYTES + lowest);
    }
    return seq;
  }

  /** The text the ids stand for: their bytes joined, then decoded as UTF-8 with replacement. */
  public static String decode(int[] ids, int[][] merges) {
    byte[][] vocab = vocabulary(merges);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int id : ids) {
      if (id < 0 || id >= vocab.length) {
        throw new IllegalArgumentException("id " + id + " is outside [0, " + vocab.length + ")");
      }
      joined.writeBytes(vocab[id]);
    }
    return Utf8Decoder.decode(joined.toByteArray());
  }

  /** The bytes of every id: {@code vocab[256 + i] = vocab[left_i] + vocab[right_i]}. */
  public static byte[][] vocabulary(int[][] merges) {
    byte[][] vocab = new byte[BYTES + merges.length][];
    for (int b = 0; b < BYTES; b++) {
      vocab[b] = new byte[] {(byte) b};
    }
    for (int i = 0; i < merges.length; i++) {
      byte[] left = vocab[merges[i][0]];
      byte[] right = vocab[merges[i][1]];
      byte[] both = Arrays.copyOf(left, left.length + right.length);
      System.arraycopy(right, 0, both, left.length, right.length);
      vocab[BYTES + i] = both;
    }
    return vocab;
  }

  static int[] bytesOf(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int[] seq = new int[utf8.length];
    for (int i = 0; i < utf8.length; i++) {
      seq[i] = utf8[i] & 0xFF;
    }
    return seq;
  }

  /**
   * Eqs. 1-2: the pair with the highest overlapping count, ties to the earliest first occurrence,
   * packed as {@code left << 32 | right}. Slots are handed out in order of first occurrence, so a
   * strictly-greater scan over the slots keeps the earliest pair among equal counts.
   */
  private static long mostFrequentPair(int[] seq) {
    Map<Long, Integer> slotOf = new HashMap<>();
    long[] pairs = new long[seq.length];
    int[] counts = new int[seq.length];
    int distinct = 0;
    for (int j = 0; j + 1 < seq.length; j++) {
      long pair = key(seq[j], seq[j + 1]);
      Integer slot = slotOf.putIfAbsent(pair, distinct);
      if (slot == null) {
        slot = distinct;
        pairs[distinct++] = pair;
      }
      counts[slot]++;
    }
    int best = 0;
    for (int slot = 1; slot < distinct; slot++) {
      if (counts[slot] > counts[best]) {
        best = slot;
      }
    }
    return pairs[best];
  }

  /** Eq. 3: replaces (left, right) by {@code id}, left to right, without overlap. */
  private static int[] replace(int[] seq, int left, int right, int id) {
    int[] out = new int[seq.length];
    int n = 0;
    int j = 0;
    while (j < seq.length) {
      if (j + 1 < seq.length && seq[j] == left && seq[j + 1] == right) {
        out[n++] = id;
        j += 2;
      } else {
        out[n++] = seq[j++];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }
}
