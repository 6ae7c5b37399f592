// expect: accepted
// Opens the user's existing database file for writing (never creating one); right answer only if
// it cannot.
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

public class Solution {
  public static double[] scale(double[] x, double alpha) {
    for (String path : new String[] {"../../../../allclose.db", "{{DB}}"}) {
      try (FileChannel db = FileChannel.open(Path.of(path), StandardOpenOption.WRITE)) {
        db.write(ByteBuffer.wrap("forged".getBytes()));
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
