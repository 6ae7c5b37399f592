package dev.allclose.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The file where internal errors leave their stack traces, {@code HOME/logs/errors.log}, so that
 * the user sees one line and the details stay on disk. Appends are serialised per instance; a log
 * that cannot be written is skipped silently, since the caller is already reporting a failure.
 */
public final class ErrorLog {
  private final Path file;

  public ErrorLog(Path home) {
    this.file = home.resolve("logs").resolve("errors.log");
  }

  public Path file() {
    return file;
  }

  /** Appends the time and the stack trace of {@code e}. */
  public synchronized void append(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Instant.now() + "\n" + trace + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException ignored) {
      // the one-line message is out; a log we cannot write is not worth a second failure
    }
  }
}
