package dev.allclose.judge.run;

import dev.allclose.harness.JavaHarness;
import dev.allclose.judge.problem.Language;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs Java solutions: compiled in this JVM ({@link JavaSourceCompiler}, which also rejects banned
 * calls), then run by {@link JavaHarness} in a separate JVM of the same JDK whose heap is capped at
 * the problem's memory limit.
 */
public final class JavaRunner implements Runner {
  private final ProcessLauncher launcher;
  private final JavaSourceCompiler compiler = new JavaSourceCompiler();

  public JavaRunner(ProcessLauncher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Language language() {
    return Language.JAVA;
  }

  @Override
  public Prepared prepare(String source, String displayName, List<String> banned, Path workDir)
      throws IOException {
    Prepared p = compiler.compile(source, displayName, banned, workDir.resolve("classes"));
    if (p instanceof Prepared.Ready ready) {
      List<Path> classpath = new ArrayList<>(HarnessClasspath.entries());
      classpath.add(ready.solution());
      return new Prepared.Ready(ready.solution(), ready.sourceFileName(), classpath);
    }
    return p;
  }

  @Override
  public Process start(
      Prepared.Ready prepared, Path manifest, int memoryMb, Path scratch, ProcessLimits limits)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx" + memoryMb + "m",
            "-Xms16m",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Djava.awt.headless=true",
            "-cp",
            prepared.classpath().stream()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)),
            JavaHarness.class.getName(),
            manifest.toString());
    return launcher.start(command, scratch, Map.of(), limits);
  }
}
