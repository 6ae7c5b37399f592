package dev.allclose.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from {@code /proc/PID/status} (Linux), in KiB. */
final class Resident {
  private Resident() {}

  /** The resident size now ({@code VmRSS}), or 0 when the process is gone. */
  static long nowKb(long pid) {
    return field(pid, "VmRSS:");
  }

  /** The largest resident size so far ({@code VmHWM}), or 0 when the process is gone. */
  static long peakKb(long pid) {
    return field(pid, "VmHWM:");
  }

  private static long field(long pid, String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // gone
    }
    return 0;
  }
}
