package dev.allclose.judge.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.harness.JavaHarness;
import dev.allclose.numeric.NdArray;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path of the JVM that runs a Java solution: the harness, the array format, Jackson, the
 * libraries a solution may use (EJML, for dense linear algebra), and nothing else of the product
 * (no reference implementations). Found from where those classes were loaded, so it works from jars
 * and from build directories alike.
 */
final class HarnessClasspath {
  private static final List<Class<?>> HARNESS =
      List.of(
          JavaHarness.class,
          NdArray.class,
          ObjectMapper.class,
          JsonParser.class,
          JsonInclude.class);

  /**
   * One class of each jar of EJML's {@code ejml-simple} and what it depends on: {@code
   * SimpleMatrix} reaches the float, complex and sparse variants too, so all of them must be there.
   */
  private static final List<Class<?>> SOLUTION_LIBRARIES =
      List.of(
          org.ejml.simple.SimpleMatrix.class,
          org.ejml.data.DMatrixRMaj.class,
          org.ejml.dense.row.CommonOps_DDRM.class,
          org.ejml.dense.row.CommonOps_FDRM.class,
          org.ejml.dense.row.CommonOps_CDRM.class,
          org.ejml.dense.row.CommonOps_ZDRM.class,
          org.ejml.sparse.csc.CommonOps_DSCC.class,
          org.ejml.sparse.csc.CommonOps_FSCC.class);

  private HarnessClasspath() {}

  /** Everything the harness JVM needs: the harness itself and the solution's libraries. */
  static List<Path> entries() {
    Set<Path> paths = locations(HARNESS);
    paths.addAll(locations(SOLUTION_LIBRARIES));
    return List.copyOf(paths);
  }

  /** The libraries a solution is compiled against (besides the JDK). */
  static List<Path> solutionLibraries() {
    return List.copyOf(locations(SOLUTION_LIBRARIES));
  }

  private static Set<Path> locations(List<Class<?>> anchors) {
    Set<Path> paths = new LinkedHashSet<>();
    for (Class<?> c : anchors) {
      CodeSource source = c.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException("cannot locate the classes of " + c.getName());
      }
      try {
        paths.add(Path.of(source.getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException("bad location of " + c.getName(), e);
      }
    }
    return paths;
  }
}
