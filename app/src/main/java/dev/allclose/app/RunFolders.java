package dev.allclose.app;

import dev.allclose.judge.run.WorkTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder this process's judgements work in: made under the system's temporary folder (for the
 * owner only, as {@code createTempDirectory} does on POSIX systems) and removed when the process
 * exits; a process killed before that leaves it to the system's clean-up of temporary files.
 */
final class RunFolders {
  private RunFolders() {}

  static Path create() {
    try {
      Path root = Files.createTempDirectory("allclose-runs-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> WorkTree.delete(root)));
      return root;
    } catch (IOException e) {
      throw new AppException(
          "cannot make a folder for the judge's runs in "
              + System.getProperty("java.io.tmpdir")
              + " ("
              + e.getMessage()
              + "); free some space there or make it writable");
    }
  }
}
