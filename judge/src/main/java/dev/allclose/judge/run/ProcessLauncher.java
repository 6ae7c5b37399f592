package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts a command under limits. The seam where a sandbox goes: a launcher that wraps the command
 * (namespaces, a read-only file system, no network) can replace {@link LocalProcessLauncher}
 * without touching the runners.
 */
public interface ProcessLauncher {
  Process start(
      List<String> command, Path workDir, Map<String, String> environment, ProcessLimits limits)
      throws IOException;
}
