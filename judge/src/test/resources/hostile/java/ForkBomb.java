// expect: runtime_error
// needs: process-limit
// Starts processes until it cannot; the run's process limit stops it.
import java.util.ArrayList;
import java.util.List;

public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    List<Process> all = new ArrayList<>();
    while (true) {
      all.add(new ProcessBuilder("/usr/bin/sleep", "30").start());
    }
  }
}
