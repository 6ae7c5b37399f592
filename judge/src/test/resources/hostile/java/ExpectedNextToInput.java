// expect: wrong_answer
// Reads the manifest (named on the JVM's command line), looks for expected outputs next to the
// case inputs and returns them through the product's own Npz class when it finds any.
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    String[] command = System.getProperty("sun.java.command").split(" ");
    Path manifest = Path.of(command[command.length - 1]);
    Path batch = manifest.getParent();
    try (Stream<Path> files = Files.walk(batch.getParent())) {
      for (Path p : files.toList()) {
        if (p.toString().endsWith(".expected.npz")) {
          Method read = Class.forName("dev.allclose.numeric.Npz").getMethod("read", Path.class);
          Map<?, ?> arrays = (Map<?, ?>) read.invoke(null, p);
          Object y = arrays.get("y");
          return (double[]) y.getClass().getMethod("toDoubleArray").invoke(y);
        }
      }
    }
    return new double[x.length];
  }
}
