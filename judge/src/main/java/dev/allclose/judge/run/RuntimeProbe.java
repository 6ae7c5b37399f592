package dev.allclose.judge.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a runtime's version command the way a harness runs (same launcher, same binds, same limits)
 * and returns what it printed: proof that the interpreter starts, and finds its libraries, inside
 * the sandbox.
 */
final class RuntimeProbe {
  private static final long SECONDS = 30;

  /** A minute of CPU and small files; runners add their interpreter's processes and memory. */
  static final ProcessLimits LIMITS = new ProcessLimits(60, 1 << 20, 0, 0, 1 << 16, 30_000);

  private RuntimeProbe() {}

  /** The first line the command printed (on stdout, else stderr); fails when it fails. */
  static String firstLine(ProcessLauncher launcher, LaunchSpec spec) throws IOException {
    try (ContainedProcess run = launcher.start(spec)) {
      Process p = run.process();
      p.getOutputStream().close();
      byte[] out;
      byte[] err;
      try (InputStream o = p.getInputStream();
          InputStream e = p.getErrorStream()) {
        out = o.readNBytes(4096);
        err = e.readNBytes(4096);
      }
      if (!p.waitFor(SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("it did not finish within " + SECONDS + " s");
      }
      String text = new String(out.length > 0 ? out : err, StandardCharsets.UTF_8).strip();
      String first = text.lines().findFirst().orElse("");
      if (p.exitValue() != 0) {
        String why = new String(err, StandardCharsets.UTF_8).strip();
        throw new IOException(
            why.isEmpty()
                ? "exit status " + p.exitValue()
                : why.lines().reduce((a, b) -> b).orElse(why));
      }
      return first;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }
}
