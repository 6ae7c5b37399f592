// expect: accepted
// Reads a file of the user's outside the run; right answer only if it cannot.
import java.nio.file.Files;
import java.nio.file.Path;

public class Solution {
  public static double[] scale(double[] x, double alpha) {
    try {
      System.out.println(Files.readString(Path.of("{{CANARY_FILE}}")));
      return new double[x.length];
    } catch (Exception e) {
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
      return y;
    }
  }
}
