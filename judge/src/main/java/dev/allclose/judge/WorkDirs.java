package dev.allclose.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a run's working folder, even where a solution made files read-only. */
final class WorkDirs {
  private WorkDirs() {}

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        f.toFile().setWritable(true);
        Files.deleteIfExists(f);
      }
    } catch (IOException | RuntimeException ignored) {
      // a leftover temporary folder is harmless; the OS cleans its temp directory
    }
  }
}
