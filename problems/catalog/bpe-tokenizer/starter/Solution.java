public class Solution {
  /**
   * Learns byte-level BPE merges from the UTF-8 bytes of {@code text} (no pre-splitting).
   *
   * <p>Ids 0-255 are the bytes; merge i creates id 256 + i. Pairs are counted with overlap; the
   * most frequent pair wins, ties going to the pair that occurs first in the current sequence.
   *
   * @return up to vocabSize - 256 merges, one {left, right} row each
   */
  public static int[][] trainBpe(String text, int vocabSize) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Encodes text to ids by repeatedly applying the present pair with the lowest merge index. */
  public static int[] encode(String text, int[][] merges) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Joins the bytes of every id, then decodes them as UTF-8 with replacement characters. */
  public static String decode(int[] ids, int[][] merges) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
