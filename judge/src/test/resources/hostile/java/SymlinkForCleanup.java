// expect: accepted
// Leaves links to the user's files in its scratch folder and locks the folder.
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

public class Solution {
  public static double[] scale(double[] x, double alpha) throws Exception {
    if (!Files.exists(Path.of("locked-java"))) {
      Path locked = Files.createDirectories(Path.of("locked-java", "deeper"));
      Files.createSymbolicLink(locked.resolve("link"), Path.of("{{CANARY_FILE}}"));
      Files.createSymbolicLink(Path.of("folder-link"), Path.of("{{CANARY_DIR}}"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
      Files.setPosixFilePermissions(
          locked.getParent(), PosixFilePermissions.fromString("r-x------"));
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * alpha;
    return y;
  }
}
