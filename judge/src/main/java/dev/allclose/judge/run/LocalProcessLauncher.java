package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the harness without a sandbox, where none is available (macOS, a container that blocks
 * user namespaces): it sees the user's files and network, and only the judge's own checks protect
 * the verdict, and a solution can signal any process of the user, the judge's included. What it can
 * still do, it does: the environment is cleared to a short allow-list, and {@code prlimit} sets
 * RLIMIT_CPU, RLIMIT_FSIZE and, for users other than root, RLIMIT_NPROC counted on top of the tasks
 * the user already runs.
 */
public final class LocalProcessLauncher implements ProcessLauncher {
  private final boolean root = "root".equals(System.getProperty("user.name"));

  @Override
  public ContainedProcess start(LaunchSpec spec) throws IOException {
    List<String> full = new ArrayList<>();
    ProcessLimits limits = spec.limits();
    Tools.SYSTEM
        .find("prlimit")
        .ifPresent(
            prlimit -> {
              full.add(prlimit.toString());
              full.add("--cpu=" + limits.cpuSeconds());
              full.add("--fsize=" + limits.fileBytes());
              if (!root && limits.processes() > 0) {
                full.add("--nproc=" + (tasksOfThisUser() + limits.processes()));
              }
              full.add("--");
            });
    full.addAll(spec.command());
    ProcessBuilder pb = new ProcessBuilder(full).directory(spec.workDir().toFile());
    pb.environment().clear();
    pb.environment().putAll(SandboxEnvironment.of(spec));
    return ContainedProcess.of(pb.start());
  }

  @Override
  public boolean isolated() {
    return false;
  }

  /** RLIMIT_NPROC counts every task (thread) of the user, so the allowance goes on top of those. */
  private static long tasksOfThisUser() {
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      String user = System.getProperty("user.name");
      return all.filter(p -> p.info().user().map(user::equals).orElse(false))
          .mapToLong(LocalProcessLauncher::threads)
          .sum();
    }
  }

  private static long threads(ProcessHandle p) {
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(p.pid()), "task"))) {
      return tasks.count();
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }
}
