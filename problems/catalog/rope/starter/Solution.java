public class Solution {
  /**
   * Rotary position embedding.
   *
   * @param x (B, H, T, D), D even
   * @param positions (T), the position of each row along T
   * @param base the frequency base (10000.0 by default in Python)
   * @param interleaved false pairs feature i with i + D/2 (half-split, as in Llama); true pairs 2i
   *     with 2i + 1 (as in RoFormer)
   * @return the rotated (B, H, T, D) array
   */
  public static double[][][][] applyRope(
      double[][][][] x, long[] positions, double base, boolean interleaved) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
