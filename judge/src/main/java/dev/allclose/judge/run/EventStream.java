package dev.allclose.judge.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a harness's events from its standard output on a thread of its own, line by line, and hands
 * them over in order. Every byte is hostile until parsed: a line longer than {@link #MAX_LINE},
 * more than {@link #MAX_TOTAL} bytes in all, or a line that is not a known event becomes a {@link
 * Item.Broken} item, after which the stream stops reading. A value outside one of the protocol's
 * closed sets (an event kind, a status, a phase) is named in the item's reason.
 */
final class EventStream {
  /** The longest event line: an end event holds a few KiB of prints and a traceback. */
  static final int MAX_LINE = 1 << 20;

  /** All the events of one harness together. */
  static final long MAX_TOTAL = 64L << 20;

  /** What the stream hands over. */
  sealed interface Item {
    record Parsed(Event event) implements Item {}

    record Broken(String why) implements Item {}

    /** The harness closed its output: it exited, or is about to. */
    record Closed() implements Item {}
  }

  private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();

  EventStream(InputStream in) {
    Thread.ofPlatform().daemon().name("harness-events").start(() -> read(in));
  }

  /** The next item, or null when none arrives within {@code ms}. */
  @Nullable Item next(long ms) throws InterruptedException {
    return items.poll(Math.max(0, ms), TimeUnit.MILLISECONDS);
  }

  private void read(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long total = 0;
    try (in) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > MAX_TOTAL) {
          items.add(new Item.Broken("it wrote more than " + (MAX_TOTAL >> 20) + " MiB of events"));
          return;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] != '\n') {
            line.write(buffer[i]);
            if (line.size() > MAX_LINE) {
              items.add(new Item.Broken("it wrote an event line longer than 1 MiB"));
              return;
            }
            continue;
          }
          Item item = parse(line.toString(StandardCharsets.UTF_8));
          line.reset();
          if (item != null) {
            items.add(item);
            if (item instanceof Item.Broken) {
              return;
            }
          }
        }
      }
    } catch (IOException closed) {
      // the process is gone; Closed follows
    } finally {
      items.add(new Item.Closed());
    }
  }

  private static @Nullable Item parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      Event e = Protocol.mapper().readValue(text, Event.class);
      return e == null ? new Item.Broken("it wrote an empty event") : new Item.Parsed(e);
    } catch (JsonProcessingException e) {
      Optional<String> unknown = Protocol.unknownValue(e);
      if (unknown.isPresent()) {
        return new Item.Broken("it sent " + unknown.get());
      }
      String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
      return new Item.Broken("it wrote a line that is not one of the judge's events: " + shown);
    }
  }
}
