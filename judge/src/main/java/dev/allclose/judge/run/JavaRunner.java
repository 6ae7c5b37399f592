package dev.allclose.judge.run;

import dev.allclose.harness.JavaHarness;
import dev.allclose.judge.problem.Language;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs Java solutions: compiled in this JVM ({@link JavaSourceCompiler}, which also rejects banned
 * calls), then run by {@link JavaHarness} in a separate JVM of the same JDK whose heap is capped at
 * the problem's memory limit.
 */
public final class JavaRunner implements Runner {
  /** A JVM's own threads (compiler, GC, reference handling, ...) and the sandbox's processes. */
  private static final int OWN_PROCESSES = 64;

  /** Room for the JVM beyond its heap: metaspace, code cache, thread stacks. */
  private static final int OWN_MEMORY_MB = 512;

  private static final long COMPILE_SECONDS = 30;
  private static final long COMPILER_STACK_BYTES = 64L << 20;

  private final ProcessLauncher launcher;
  private final JavaSourceCompiler compiler = new JavaSourceCompiler();

  public JavaRunner(ProcessLauncher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Language language() {
    return Language.JAVA;
  }

  /**
   * Compiles on a thread of its own with a deadline: javac has no way to be cancelled, and some
   * sources (nested generic inference, very deep expressions) take it minutes or overflow its
   * stack. A compilation past the deadline is reported and its thread left to finish in the
   * background (javac cannot be stopped).
   */
  @Override
  public Prepared prepare(String source, String displayName, List<String> banned, Path workDir)
      throws IOException {
    FutureTask<Prepared> compilation =
        new FutureTask<>(
            () -> compiler.compile(source, displayName, banned, workDir.resolve("classes")));
    Thread.ofPlatform().daemon().name("javac").stackSize(COMPILER_STACK_BYTES).start(compilation);
    Prepared p;
    try {
      p = compilation.get(COMPILE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return new Prepared.Rejected(
          Prepared.Reason.DOES_NOT_COMPILE,
          displayName
              + ": the compiler did not finish within "
              + COMPILE_SECONDS
              + " s; simplify deeply nested expressions or generic types",
          null);
    } catch (ExecutionException e) {
      return compileFailure(e.getCause(), displayName);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compiling " + displayName);
    }
    if (p instanceof Prepared.Ready ready) {
      List<Path> classpath = new ArrayList<>(HarnessClasspath.entries());
      classpath.add(ready.solution());
      return new Prepared.Ready(ready.solution(), ready.sourceFileName(), classpath);
    }
    return p;
  }

  @Override
  public String version(Path scratch) throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    String version =
        RuntimeProbe.firstLine(
            launcher,
            new LaunchSpec(
                List.of(javaHome.resolve("bin").resolve("java").toString(), "-version"),
                scratch,
                scratch,
                Map.of(),
                RuntimeProbe.LIMITS.forRun(OWN_PROCESSES, OWN_MEMORY_MB),
                List.of(javaHome),
                List.of()));
    boolean javac = javax.tools.ToolProvider.getSystemJavaCompiler() != null;
    return version
        + " ("
        + javaHome
        + (javac ? "), compiling with javac" : "), without javac: Java solutions cannot compile");
  }

  private static Prepared compileFailure(@Nullable Throwable cause, String displayName)
      throws IOException {
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof StackOverflowError) {
      return new Prepared.Rejected(
          Prepared.Reason.DOES_NOT_COMPILE,
          displayName + ": too deeply nested for the compiler; split long expressions",
          null);
    }
    throw new IllegalStateException("the Java compiler failed on " + displayName, cause);
  }

  /**
   * The source file's name, which the harness's tracebacks use; the classes themselves are on its
   * class path.
   */
  @Override
  public String manifestSolution(Prepared.Ready prepared, Slot slot) {
    return prepared.sourceFileName();
  }

  @Override
  public ContainedProcess start(
      Prepared.Ready prepared, Slot slot, int memoryMb, ProcessLimits limits) throws IOException {
    BatchFolder batch = slot.folder();
    Path javaHome = Path.of(System.getProperty("java.home"));
    List<String> command =
        List.of(
            javaHome.resolve("bin").resolve("java").toString(),
            "-Xmx" + memoryMb + "m",
            "-Xms16m",
            "-XX:+UseSerialGC",
            "-XX:CICompilerCount=2",
            "-XX:-UsePerfData",
            "-Djava.awt.headless=true",
            "-Djava.io.tmpdir=" + batch.tmp(),
            "-cp",
            prepared.classpath().stream()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)),
            JavaHarness.class.getName(),
            batch.manifest().toString());
    List<Path> readOnly = new ArrayList<>(prepared.classpath());
    readOnly.addAll(List.of(javaHome, batch.manifest(), batch.inputs()));
    ProcessLimits own = limits.forRun(OWN_PROCESSES, memoryMb + OWN_MEMORY_MB);
    return launcher.start(
        new LaunchSpec(
            command,
            batch.scratch(),
            batch.tmp(),
            Map.of(),
            own,
            readOnly,
            List.of(batch.outputs())));
  }
}
