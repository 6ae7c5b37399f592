/**
 * Wrong answer (Java): P = highestOneBit(n) << 1, which is 2N when N is already a power of two (and
 * 2 for N = 1), so the tree has the wrong length.
 */
public class Solution {
  public record Scan(double[] exclusive, double[] upsweepTree) {}

  public static Scan blellochScan(double[] x) {
    int p = Integer.highestOneBit(x.length) << 1;
    double[] a = java.util.Arrays.copyOf(x, p);
    for (int s = 1; s < p; s *= 2) {
      for (int k = 0; k < p; k += 2 * s) {
        a[k + 2 * s - 1] += a[k + s - 1];
      }
    }
    double[] tree = a.clone();
    a[p - 1] = 0;
    for (int s = p / 2; s >= 1; s /= 2) {
      for (int k = 0; k < p; k += 2 * s) {
        double left = a[k + s - 1];
        a[k + s - 1] = a[k + 2 * s - 1];
        a[k + 2 * s - 1] += left;
      }
    }
    return new Scan(java.util.Arrays.copyOf(a, x.length), tree);
  }

  public static double[] inclusiveScan(double[] x) {
    double[] out = new double[x.length];
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i];
      out[i] = sum;
    }
    return out;
  }
}
