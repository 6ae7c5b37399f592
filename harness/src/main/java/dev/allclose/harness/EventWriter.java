package dev.allclose.harness;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes events as JSON lines on the stream the judge reads (the process's original standard
 * output), flushing each so the judge sees it at once.
 */
final class EventWriter {
  private final Writer out;

  EventWriter(OutputStream stream) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  synchronized void emit(Event event) throws IOException {
    out.write(Protocol.mapper().writeValueAsString(event));
    out.write('\n');
    out.flush();
  }
}
