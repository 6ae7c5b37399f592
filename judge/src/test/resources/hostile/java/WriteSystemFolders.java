// expect: accepted
// Plants a class in the JDK's folder and a file in /usr; right answer only if it cannot.
import java.nio.file.Files;
import java.nio.file.Path;

public class Solution {
  public static double[] scale(double[] x, double alpha) {
    for (String dir : new String[] {System.getProperty("java.home"), "/usr/lib", "/etc"}) {
      try {
        Files.writeString(Path.of(dir, "planted.txt"), "x");
        return new double[x.length];
      } catch (Exception e) {
        // refused: good
      }
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
