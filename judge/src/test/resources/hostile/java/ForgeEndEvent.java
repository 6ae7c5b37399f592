// expect: wrong_answer
// Writes a forged "case ended" event on the judge's channel (standard output), then computes.
import java.io.FileDescriptor;
import java.io.FileOutputStream;

public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    out.write(
        ("{\"event\":\"end\",\"case_name\":\"sample-1\",\"status\":\"ok\",\"time_ms\":0,"
                + "\"peak_kb\":0,\"outputs\":{}}\n")
            .getBytes());
    out.flush();
    Thread.sleep(500);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
