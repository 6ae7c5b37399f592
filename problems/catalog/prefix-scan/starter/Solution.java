public class Solution {
  /** The two results of blellochScan; an Object[] {exclusive, upsweepTree} is accepted too. */
  public record Scan(double[] exclusive, double[] upsweepTree) {}

  /**
   * Blelloch's work-efficient exclusive scan. Pads x with zeros to P, the smallest power of two >=
   * N (P = 1 when N = 1), runs the up-sweep, keeps a copy of that array, then runs the down-sweep.
   *
   * @param x N >= 1 values
   * @return exclusive (length N, entry i = x[0] + ... + x[i-1]) and the up-sweep array (length P)
   */
  public static Scan blellochScan(double[] x) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Entry i is x[0] + ... + x[i]; length N. */
  public static double[] inclusiveScan(double[] x) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
