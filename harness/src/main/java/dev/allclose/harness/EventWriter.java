package dev.allclose.harness;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends events as JSON lines, flushing each so the judge sees it at once. */
final class EventWriter implements AutoCloseable {
  private final Writer out;

  EventWriter(Path file) throws IOException {
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  synchronized void emit(Event event) throws IOException {
    out.write(Protocol.mapper().writeValueAsString(event));
    out.write('\n');
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
