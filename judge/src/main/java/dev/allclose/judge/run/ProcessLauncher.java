package dev.allclose.judge.run;

import java.io.IOException;

/**
 * Starts a harness under limits: the seam between "what to run" (the runners) and "how it is
 * contained" ({@link BubblewrapLauncher} on Linux, {@link LocalProcessLauncher} where no sandbox is
 * available). The process's standard input, output and error are pipes to the judge.
 */
public interface ProcessLauncher {
  /** Starts the harness; the caller closes the result, which kills whatever is left of the run. */
  ContainedProcess start(LaunchSpec spec) throws IOException;

  /** Whether the program sees only what its {@link LaunchSpec} lets through. */
  boolean isolated();
}
