package dev.allclose.judge.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains a harness's standard error (where the interpreter reports its own crashes, and where a
 * solution's writes to descriptors 1 and 2 end up) on a thread of its own: keeps the last few KiB
 * for the report and raises a flag once more than the allowed bytes came through.
 */
final class DiagnosticStream {
  private static final int TAIL_BYTES = 4096;

  private final long limit;
  private final AtomicLong total = new AtomicLong();
  private final AtomicBoolean overflow = new AtomicBoolean();
  private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
  private final Thread thread;

  DiagnosticStream(InputStream in, long limit) {
    this.limit = limit;
    this.thread = Thread.ofPlatform().daemon().name("harness-stderr").start(() -> drain(in));
  }

  boolean overflowed() {
    return overflow.get();
  }

  /** The last few KiB, once the stream has closed or after a short wait. */
  String tail() {
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (tail) {
      byte[] all = tail.toByteArray();
      int from = Math.max(0, all.length - TAIL_BYTES);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
  }

  private void drain(InputStream in) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        keep(buffer, n);
        if (total.addAndGet(n) > limit) {
          overflow.set(true);
        }
      }
    } catch (IOException closed) {
      // the process is gone
    }
  }

  private void keep(byte[] buffer, int n) {
    synchronized (tail) {
      tail.write(buffer, 0, n);
      if (tail.size() > 4 * TAIL_BYTES) {
        byte[] all = tail.toByteArray();
        tail.reset();
        tail.write(all, all.length - TAIL_BYTES, TAIL_BYTES);
      }
    }
  }
}
