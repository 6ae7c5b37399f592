// expect: accepted
// Connects to a service on loopback; right answer only if it cannot.
import java.net.InetSocketAddress;
import java.net.Socket;

public class Solution {
  public static double[] scale(double[] x, double alpha) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", {{PORT}}), 1000);
      return new double[x.length];
    } catch (Exception e) {
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
      return y;
    }
  }
}
