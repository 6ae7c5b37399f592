package dev.allclose.judge.run;

import dev.allclose.judge.problem.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs Python 3 + NumPy solutions with the Python harness. The syntax check, the banned-name check
 * and the memory cap happen inside the harness, before the solution's code runs; see {@code
 * harness.py}. The interpreter is {@code python3} on the PATH, or {@code $ALLCLOSE_PYTHON}.
 */
public final class PythonRunner implements Runner {
  private static final String HARNESS = "/dev/allclose/harness/python/harness.py";
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          // One BLAS thread: timings stay comparable and the address-space cap stays meaningful.
          "OPENBLAS_NUM_THREADS", "1",
          "OMP_NUM_THREADS", "1",
          "MKL_NUM_THREADS", "1",
          "PYTHONDONTWRITEBYTECODE", "1",
          "PYTHONIOENCODING", "utf-8",
          "PYTHONUNBUFFERED", "1");

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

  @Override
  public Process start(
      Prepared.Ready prepared, Path manifest, int memoryMb, Path scratch, ProcessLimits limits)
      throws IOException {
    Path harness = scratch.resolveSibling("harness.py");
    if (!Files.exists(harness)) {
      try (InputStream in = PythonRunner.class.getResourceAsStream(HARNESS)) {
        if (in == null) {
          throw new IOException("the Python harness is missing from the build");
        }
        Files.copy(in, harness);
      }
    }
    return launcher.start(
        List.of(python, "-B", harness.toString(), manifest.toString()),
        scratch,
        ENVIRONMENT,
        limits);
  }
}
