// expect: accepted
// Kills its parent and every ancestor it can see; the judge must survive and go on.
public class Solution {
  public static double[] scale(double[] x, double alpha) {
    ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
