package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Manifest;
import dev.allclose.judge.problem.BannedCalls;
import dev.allclose.judge.problem.Language;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs Python 3 + NumPy solutions with the Python harness. The syntax check, the banned-name check
 * and the memory cap happen inside the harness, before the solution's code runs; see {@code
 * harness.py}. The interpreter is {@code python3} on the PATH, or {@code $ALLCLOSE_PYTHON}.
 */
public final class PythonRunner implements Runner {
  private static final String HARNESS = "/dev/allclose/harness/python/harness.py";

  /** The interpreter, its bwrap parent and its init, plus NumPy's one BLAS thread. */
  private static final int OWN_PROCESSES = 8;

  /** Room for the interpreter and NumPy on top of the solution's memory budget. */
  private static final int OWN_MEMORY_MB = 256;

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          // One BLAS thread: timings stay comparable and the address-space cap stays meaningful.
          "OPENBLAS_NUM_THREADS", "1",
          "OMP_NUM_THREADS", "1",
          "MKL_NUM_THREADS", "1",
          "PYTHONDONTWRITEBYTECODE", "1",
          "PYTHONIOENCODING", "utf-8",
          "PYTHONUNBUFFERED", "1",
          "PYTHONNOUSERSITE", "1");

  private final ProcessLauncher launcher;
  private final String python;

  public PythonRunner(ProcessLauncher launcher, String python) {
    this.launcher = launcher;
    this.python = python;
  }

  /** The interpreter to use: {@code $ALLCLOSE_PYTHON} or {@code python3}. */
  public static String defaultPython() {
    String configured = System.getenv("ALLCLOSE_PYTHON");
    return configured == null || configured.isBlank() ? "python3" : configured;
  }

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public Prepared prepare(String source, String displayName, List<String> banned, Path workDir)
      throws IOException {
    Path dir = Files.createDirectories(workDir.resolve("src"));
    Path file = dir.resolve(displayName.endsWith(".py") ? displayName : "solution.py");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return new Prepared.Ready(file, displayName, List.of());
  }

  /** The path of the solution's copy, which the harness compiles and runs itself. */
  @Override
  public String manifestSolution(Prepared.Ready prepared) {
    return prepared.solution().toString();
  }

  /** Python's builtin sorts cannot be told apart statically, so the harness guards them. */
  @Override
  public Manifest.@Nullable FullSort runtimeSortRule(BannedCalls banned) {
    BannedCalls.FullSortRule rule = banned.fullSort();
    return rule == null ? null : new Manifest.FullSort(rule.input(), rule.count());
  }

  @Override
  public ContainedProcess start(
      Prepared.Ready prepared, BatchFolder batch, int memoryMb, ProcessLimits limits)
      throws IOException {
    PythonRuntime runtime = PythonRuntime.of(python);
    Path harness = harnessFile(sourceFolder(prepared).resolveSibling("harness.py"));
    Map<String, String> env = environment(runtime);
    List<Path> readOnly = new ArrayList<>(runtime.folders());
    readOnly.addAll(List.of(harness, batch.manifest(), sourceFolder(prepared), batch.inputs()));
    ProcessLimits own = limits.forRun(OWN_PROCESSES, memoryMb + OWN_MEMORY_MB);
    return launcher.start(
        new LaunchSpec(
            List.of(runtime.executable(), "-B", harness.toString(), batch.manifest().toString()),
            batch.scratch(),
            batch.tmp(),
            env,
            own,
            readOnly,
            List.of(batch.outputs())));
  }

  private static Path sourceFolder(Prepared.Ready prepared) {
    return java.util.Objects.requireNonNull(prepared.solution().getParent());
  }

  @Override
  public String version(Path scratch) throws IOException {
    PythonRuntime runtime = PythonRuntime.of(python);
    String check =
        "import sys, numpy; print('Python ' + sys.version.split()[0] + ', NumPy '"
            + " + numpy.__version__ + ' (' + sys.executable + ')')";
    return RuntimeProbe.firstLine(
        launcher,
        new LaunchSpec(
            List.of(runtime.executable(), "-c", check),
            scratch,
            scratch,
            environment(runtime),
            RuntimeProbe.LIMITS.forRun(OWN_PROCESSES, OWN_MEMORY_MB),
            runtime.folders(),
            List.of()));
  }

  private static Map<String, String> environment(PythonRuntime runtime) {
    Map<String, String> env = new LinkedHashMap<>(ENVIRONMENT);
    env.put("PYTHONPATH", String.join(File.pathSeparator, runtime.searchPath()));
    return env;
  }

  /** The harness script, copied once into the run's folder. */
  private static Path harnessFile(Path target) throws IOException {
    if (!Files.exists(target)) {
      try (InputStream in = PythonRunner.class.getResourceAsStream(HARNESS)) {
        if (in == null) {
          throw new IOException("the Python harness is missing from the build");
        }
        Files.copy(in, target);
      }
    }
    return target;
  }
}
