package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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

  private final Process process;
  private final Set<ProcessHandle> seen = new HashSet<>();

  ProcessTree(Process process) {
    this.process = process;
  }

  /**
   * CPU time (user + system) of the process and its live descendants, with the time of the children
   * they have reaped, in milliseconds; 0 where {@code /proc} is not there.
   */
  public synchronized double cpuMillis() {
    double ms = cpuOf(process.pid());
    for (ProcessHandle p : process.descendants().toList()) {
      seen.add(p);
      ms += cpuOf(p.pid());
    }
    return ms;
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
