package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A harness process and everything it started, seen from outside: the CPU time they used, as the
 * kernel counts it, and a kill that reaches children that were re-parented after their parent died
 * (each {@link #cpuMillis} call also remembers the descendants it saw).
 */
public final class ProcessTree {
  /** USER_HZ, the unit of {@code /proc/PID/stat} times, is 100 on every Linux architecture. */
  private static final double MS_PER_TICK = 10.0;

  /** A fork bomb's tree is not walked past this many processes (its CPU is undercounted). */
  private static final int MAX_WALKED = 4096;

  private final Process process;
  private final Set<ProcessHandle> seen = new HashSet<>();
  private final Set<Long> seenPids = new HashSet<>();

  ProcessTree(Process process) {
    this.process = process;
  }

  /**
   * CPU time (user + system) of the process and its live descendants, with the time of the children
   * they have reaped, in milliseconds; 0 where {@code /proc} is not there.
   *
   * <p>The judge asks twice per case, so the walk reads only the tree's own entries ({@code
   * /proc/PID/task/TID/children}): {@link ProcessHandle#descendants} reads the status of every
   * process on the machine, about a millisecond here and more on a busy server.
   */
  public synchronized double cpuMillis() {
    double ms = 0;
    for (long pid : livePids()) {
      ms += cpuOf(pid);
    }
    return ms;
  }

  /**
   * The process and its live descendants, parents first; the ones not seen before are remembered
   * for {@link #kill}. Falls back on the JDK's walk where the kernel does not list children.
   */
  private List<Long> livePids() {
    List<Long> pids = new ArrayList<>();
    pids.add(process.pid());
    for (int i = 0; i < pids.size() && pids.size() <= MAX_WALKED; i++) {
      Optional<List<Long>> children = childrenOf(pids.get(i));
      if (children.isEmpty()) {
        if (i > 0) {
          continue; // it exited while being walked
        }
        List<ProcessHandle> all = process.descendants().toList();
        seen.addAll(all);
        all.forEach(h -> pids.add(h.pid()));
        return pids;
      }
      for (long child : children.get()) {
        if (seenPids.add(child)) {
          ProcessHandle.of(child).ifPresent(seen::add);
        }
        pids.add(child);
      }
    }
    return pids;
  }

  /** The children of each thread of {@code pid}, or empty when the kernel does not say. */
  private static Optional<List<Long>> childrenOf(long pid) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    List<Long> children = new ArrayList<>();
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String list = Files.readString(thread.resolve("children"), StandardCharsets.US_ASCII);
        for (String child : list.trim().split(" ")) {
          if (!child.isEmpty()) {
            children.add(Long.parseLong(child));
          }
        }
      }
      return Optional.of(children);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Kills the process and every descendant it has had; waits a moment for the kernel to reap. */
  public synchronized void kill() {
    process.descendants().forEach(seen::add);
    seen.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** utime + stime + cutime + cstime from {@code /proc/PID/stat} (fields 14-17). */
  private static double cpuOf(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
      // the command name (field 2) is in parentheses and may hold spaces: count from its end
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i <= 14; i++) {
        ticks += Long.parseLong(f[i]);
      }
      return ticks * MS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
