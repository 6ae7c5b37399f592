package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Manifest;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.judge.problem.BannedCalls;
import dev.allclose.judge.problem.Language;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * CPU seconds of a harness started ahead of time: it cannot know its run's allowance yet, and
   * lowers its own limit to the manifest's before the solution's code runs ({@code harness.py}).
   */
  private static final int STANDBY_CPU_SECONDS = 86_400;

  private final ProcessLauncher launcher;
  private final String python;
  private final @Nullable HarnessStandby standby;

  /** A runner that starts each harness when its run needs it. */
  public PythonRunner(ProcessLauncher launcher, String python) {
    this.launcher = launcher;
    this.python = python;
    this.standby = null;
  }

  /**
   * A runner that can also start a harness ahead of time, when told to {@link #warmUp}; see {@link
   * HarnessStandby}.
   *
   * @param root where harnesses started ahead of time get their folders
   * @param limits the judge's limits that do not depend on the problem (file size, processes)
   */
  public PythonRunner(ProcessLauncher launcher, String python, Path root, ProcessLimits limits) {
    this.launcher = launcher;
    this.python = python;
    ProcessLimits waiting =
        new ProcessLimits(
                STANDBY_CPU_SECONDS,
                limits.fileBytes(),
                limits.processes(),
                0,
                limits.captureBytes(),
                limits.startupMs())
            .forRun(OWN_PROCESSES, OWN_MEMORY_MB);
    this.standby = new HarnessStandby(root, (dir, folder) -> startStandby(dir, folder, waiting));
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
  public void warmUp(boolean again) {
    if (standby != null) {
      standby.warmUp(again);
    }
  }

  @Override
  public List<ProcessHandle> waitingProcesses() throws InterruptedException {
    return standby == null ? List.of() : standby.waiting();
  }

  /** A waiting harness's folders when one could be started, else fresh ones. */
  @Override
  public Slot slot(Path runDir, int index) throws IOException {
    if (standby != null) {
      try {
        Optional<Slot> waiting = standby.take();
        if (waiting.isPresent()) {
          return waiting.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while taking a started harness", e);
      }
    }
    return Slot.fresh(runDir, index);
  }

  /**
   * The path of the solution's copy, which the harness compiles and runs itself: beside the
   * manifest when a harness waits in the slot (the only folder of the run it can see).
   */
  @Override
  public String manifestSolution(Prepared.Ready prepared, Slot slot) {
    return (slot.started() ? standbySolution(prepared, slot) : prepared.solution()).toString();
  }

  private static Path standbySolution(Prepared.Ready prepared, Slot slot) {
    return slot.folder()
        .manifest()
        .resolveSibling(String.valueOf(prepared.solution().getFileName()));
  }

  /** Python's builtin sorts cannot be told apart statically, so the harness guards them. */
  @Override
  public Manifest.@Nullable FullSort runtimeSortRule(BannedCalls banned) {
    BannedCalls.FullSortRule rule = banned.fullSort();
    return rule == null ? null : new Manifest.FullSort(rule.input(), rule.count());
  }

  @Override
  public ContainedProcess start(
      Prepared.Ready prepared, Slot slot, int memoryMb, ProcessLimits limits) throws IOException {
    ProcessLimits own = limits.forRun(OWN_PROCESSES, memoryMb + OWN_MEMORY_MB);
    if (slot.started()) {
      return handOver(prepared, slot, own);
    }
    BatchFolder batch = slot.folder();
    Path harness = harnessFile(sourceFolder(prepared).resolveSibling("harness.py"));
    return launch(
        harness,
        batch.manifest().toString(),
        batch,
        List.of(batch.manifest(), sourceFolder(prepared)),
        own);
  }

  /**
   * Starts {@code harness} on {@code argument} (the manifest, or {@code --standby}) in {@code
   * batch}'s folders: the interpreter's folders, the harness, {@code visible} and the input folder
   * readable, the output folder writable.
   */
  private ContainedProcess launch(
      Path harness, String argument, BatchFolder batch, List<Path> visible, ProcessLimits limits)
      throws IOException {
    PythonRuntime runtime = PythonRuntime.of(python);
    List<Path> readOnly = new ArrayList<>(runtime.folders());
    readOnly.add(harness);
    readOnly.addAll(visible);
    readOnly.add(batch.inputs());
    // -S: no site module. The search path comes whole from PythonRuntime (what .pth files add
    // included), so site would only run the .pth files' code and sitecustomize in the sandbox, on
    // every run: 5 to 35 ms of processor time measured, a tenth of a run on a shared server.
    return launcher.start(
        new LaunchSpec(
            List.of(runtime.executable(), "-B", "-S", harness.toString(), argument),
            batch.scratch(),
            batch.tmp(),
            environment(runtime),
            limits,
            readOnly,
            List.of(batch.outputs())));
  }

  /**
   * Gives the waiting harness its run: the solution beside the manifest, the problem's memory
   * budget on its control group, then the manifest's path on its input.
   */
  private static ContainedProcess handOver(Prepared.Ready prepared, Slot slot, ProcessLimits own)
      throws IOException {
    ContainedProcess harness = slot.claim();
    try {
      Files.copy(prepared.solution(), standbySolution(prepared, slot));
      harness.limit(own);
      OutputStream in = harness.process().getOutputStream();
      in.write(
          (Protocol.mapper()
                      .writeValueAsString(Map.of("manifest", slot.folder().manifest().toString()))
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      in.flush();
      return harness;
    } catch (IOException | RuntimeException e) {
      harness.close();
      throw e;
    }
  }

  /** Starts a harness that imports NumPy and waits for a manifest ({@link HarnessStandby}). */
  private ContainedProcess startStandby(Path dir, BatchFolder folder, ProcessLimits waiting)
      throws IOException {
    Path src = java.util.Objects.requireNonNull(folder.manifest().getParent());
    return launch(
        harnessFile(dir.resolve("harness.py")), "--standby", folder, List.of(src), waiting);
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
