package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of one harness process inside a run's working folder: the manifest, the input folder
 * (one case's input at a time, read-only to the solution), the output folder and the scratch folder
 * (the solution's working directory, {@code $HOME} and {@code /tmp}). Nothing else of the judge
 * (the case cache, expected outputs, other runs) is reachable from them.
 */
public record BatchFolder(Path manifest, Path inputs, Path outputs, Path scratch, Path tmp) {

  /** Makes the folders of batch {@code index} under {@code runDir}. */
  public static BatchFolder create(Path runDir, int index) throws IOException {
    Path dir = Files.createDirectories(runDir.resolve("batch-" + index));
    return new BatchFolder(
        dir.resolve("manifest.json"),
        Files.createDirectories(dir.resolve("in")),
        Files.createDirectories(dir.resolve("out")),
        Files.createDirectories(dir.resolve("scratch")),
        Files.createDirectories(dir.resolve("tmp")));
  }

  /**
   * The folders of a harness started before its run is known ({@link HarnessStandby}): the same,
   * except that the manifest sits in {@code src/}, a folder the sandbox shows from the start, so
   * that the run's manifest and solution can be put there later.
   */
  static BatchFolder standby(Path dir) throws IOException {
    return new BatchFolder(
        Files.createDirectories(dir.resolve("src")).resolve("manifest.json"),
        Files.createDirectories(dir.resolve("in")),
        Files.createDirectories(dir.resolve("out")),
        Files.createDirectories(dir.resolve("scratch")),
        Files.createDirectories(dir.resolve("tmp")));
  }
}
