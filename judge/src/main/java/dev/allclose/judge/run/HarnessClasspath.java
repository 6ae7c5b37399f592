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
 * The class path of the JVM that runs a Java solution: the harness, the array format, Jackson, and
 * nothing else of the product (no reference implementations). Found from where those classes were
 * loaded, so it works from jars and from build directories alike.
 */
final class HarnessClasspath {
  private static final List<Class<?>> ANCHORS =
      List.of(
          JavaHarness.class,
          NdArray.class,
          ObjectMapper.class,
          JsonParser.class,
          JsonInclude.class);

  private HarnessClasspath() {}

  static List<Path> entries() {
    Set<Path> paths = new LinkedHashSet<>();
    for (Class<?> c : ANCHORS) {
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
    return List.copyOf(paths);
  }
}
