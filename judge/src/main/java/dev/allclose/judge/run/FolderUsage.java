package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Whether a run's writable folders hold more than they may: RLIMIT_FSIZE bounds each file, not how
 * many there are, so the judge adds them up itself. Links are counted, never followed.
 */
final class FolderUsage {
  private FolderUsage() {}

  /** True when the folders hold more than {@code maxBytes}, or more than {@code maxEntries}. */
  static boolean exceeds(List<Path> folders, long maxBytes, int maxEntries) {
    long[] bytes = {0};
    int[] entries = {0};
    for (Path folder : folders) {
      try {
        Files.walkFileTree(
            folder,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                bytes[0] += attrs.size();
                entries[0]++;
                return over() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                entries[0]++;
                return over() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE;
              }

              private boolean over() {
                return bytes[0] > maxBytes || entries[0] > maxEntries;
              }
            });
      } catch (IOException e) {
        // a folder that vanished holds nothing
      }
    }
    return bytes[0] > maxBytes || entries[0] > maxEntries;
  }
}
