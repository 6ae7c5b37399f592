// expect: accepted
// Reads every visible process's environment and command line through /proc.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.toList()) {
        try {
          System.out.println(new String(Files.readAllBytes(p.resolve("environ"))));
        } catch (Exception e) {
          // not readable
        }
      }
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
