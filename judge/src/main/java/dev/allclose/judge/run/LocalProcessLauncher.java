package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the command as a child of this JVM. Where util-linux's {@code prlimit} exists (Linux), the
 * command runs under it with RLIMIT_CPU, RLIMIT_FSIZE and, for users other than root, RLIMIT_NPROC;
 * elsewhere only the supervisor's limits (wall time, output) apply.
 */
public final class LocalProcessLauncher implements ProcessLauncher {
  private static final List<Path> PRLIMIT =
      List.of(Path.of("/usr/bin/prlimit"), Path.of("/bin/prlimit"));
  private final boolean root = "root".equals(System.getProperty("user.name"));

  @Override
  public Process start(
      List<String> command, Path workDir, Map<String, String> environment, ProcessLimits limits)
      throws IOException {
    List<String> full = new ArrayList<>();
    PRLIMIT.stream()
        .filter(Files::isExecutable)
        .findFirst()
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
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile());
    pb.environment().putAll(environment);
    return pb.start();
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
