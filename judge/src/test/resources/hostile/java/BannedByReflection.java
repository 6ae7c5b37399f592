// expect: banned_call
// problem: smallest
// Reaches the banned Arrays.sort through reflection.
public class Solution {
  public static double smallest(double[] x) throws Exception {
    double[] y = x.clone();
    Class.forName("java.util.Arrays").getMethod("sort", double[].class).invoke(null, (Object) y);
    return y[0];
  }
}
