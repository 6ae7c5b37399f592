package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Control groups that bound a whole run (every process and thread of it together): a memory limit
 * and a process count. Used where this process may create them: the cgroup v1 {@code memory} and
 * {@code pids} hierarchies, which root can write on most machines without systemd. Each run gets
 * its own pair of groups under this JVM's own groups, made before the run starts and removed after
 * its processes are gone.
 *
 * <p>Why they matter: resource limits (rlimits) count per process, so a solution that forks could
 * multiply its memory; and RLIMIT_NPROC is not enforced at all for the host's root user, even
 * inside a user namespace. A cgroup counts the run as one.
 */
final class Cgroups {
  private static final Path ROOT = Path.of("/sys/fs/cgroup");
  private static final String PREFIX = "allclose-";
  private static final AtomicLong RUNS = new AtomicLong();

  private final Path memoryBase;
  private final Path pidsBase;

  private Cgroups(Path memoryBase, Path pidsBase) {
    this.memoryBase = memoryBase;
    this.pidsBase = pidsBase;
  }

  /** This JVM's groups when both v1 hierarchies exist and a child group can be made in each. */
  static Optional<Cgroups> detect() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/self/cgroup"));
      Path memory = own(lines, "memory");
      Path pids = own(lines, "pids");
      if (memory == null
          || pids == null
          || !Files.exists(memory.resolve("memory.limit_in_bytes"))
          || !Files.exists(pids.resolve("cgroup.procs"))) {
        return Optional.empty();
      }
      removeStale(memory);
      removeStale(pids);
      String name = PREFIX + ProcessHandle.current().pid();
      Path memoryBase = Files.createDirectories(memory.resolve(name));
      Path pidsBase = Files.createDirectories(pids.resolve(name));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    removeTree(memoryBase);
                    removeTree(pidsBase);
                  }));
      return Optional.of(new Cgroups(memoryBase, pidsBase));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Groups left by judges that are no longer running (killed before their clean-up ran). */
  private static void removeStale(Path parent) {
    try (Stream<Path> groups = Files.list(parent)) {
      for (Path g : groups.toList()) {
        String name = String.valueOf(g.getFileName());
        if (name.startsWith(PREFIX)) {
          String pid = name.substring(PREFIX.length());
          boolean alive =
              pid.chars().allMatch(Character::isDigit)
                  && !pid.isEmpty()
                  && ProcessHandle.of(Long.parseLong(pid)).isPresent();
          if (!alive) {
            removeTree(g);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // stale groups cost nothing but a name
    }
  }

  /** Removes a group and its run groups (cgroup folders are removed with rmdir, children first). */
  private static void removeTree(Path group) {
    try (Stream<Path> runs = Files.list(group)) {
      for (Path r : runs.filter(Files::isDirectory).toList()) {
        Files.deleteIfExists(r);
      }
      Files.deleteIfExists(group);
    } catch (IOException | RuntimeException e) {
      // a group that still holds a process stays until it empties
    }
  }

  /** The folder of this JVM's group in a v1 hierarchy, from a line {@code 4:memory:/path}. */
  private static @Nullable Path own(List<String> lines, String controller) {
    for (String line : lines) {
      String[] parts = line.split(":", 3);
      if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
        Path dir = ROOT.resolve(controller).resolve(parts[2].replaceFirst("^/", ""));
        return Files.isDirectory(dir) ? dir : null;
      }
    }
    return null;
  }

  /** Makes the groups of one run. */
  Run create(ProcessLimits limits) throws IOException {
    String name = "run-" + RUNS.incrementAndGet();
    Path memory = Files.createDirectory(memoryBase.resolve(name));
    Path pids = Files.createDirectory(pidsBase.resolve(name));
    Run run = new Run(memory, pids);
    try {
      run.limit(limits);
    } catch (IOException e) {
      run.close();
      throw e;
    }
    return run;
  }

  /** One run's groups: the files a starting process writes its pid to, and the peak memory. */
  record Run(Path memory, Path pids) implements AutoCloseable {
    List<Path> procsFiles() {
      return List.of(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
    }

    /**
     * Sets the run's memory limit (memory and swap together) and process count; also on a run
     * already started, as a harness started ahead of time learns its problem's budget late.
     */
    void limit(ProcessLimits limits) throws IOException {
      String bytes = Long.toString((long) limits.memoryMb() << 20);
      Path limit = memory.resolve("memory.limit_in_bytes");
      Path swap = memory.resolve("memory.memsw.limit_in_bytes");
      // the kernel keeps memory <= memory+swap at every step: raise the sum first, lower it last
      boolean raising = Long.parseLong(Files.readString(limit).strip()) <= Long.parseLong(bytes);
      if (raising && Files.exists(swap)) {
        Files.writeString(swap, bytes);
      }
      Files.writeString(limit, bytes);
      if (!raising && Files.exists(swap)) {
        Files.writeString(swap, bytes);
      }
      Files.writeString(pids.resolve("pids.max"), Integer.toString(limits.processes()));
    }

    /** The most memory the run held at once, in KiB, or 0 when unknown. */
    long peakKb() {
      try {
        return Long.parseLong(Files.readString(memory.resolve("memory.max_usage_in_bytes")).strip())
            / 1024;
      } catch (IOException | NumberFormatException e) {
        return 0;
      }
    }

    /** Whether the kernel had to kill a process of the run for want of memory. */
    boolean oomKilled() {
      try {
        return Files.readAllLines(memory.resolve("memory.oom_control")).stream()
            .anyMatch(l -> l.startsWith("oom_kill ") && !l.endsWith(" 0"));
      } catch (IOException e) {
        return false;
      }
    }

    /** Removes the groups; they must hold no process any more (the run was killed and reaped). */
    @Override
    public void close() {
      for (Path dir : List.of(memory, pids)) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // a group that still holds a dying process is removed with its parent group later
        }
      }
    }
  }
}
