package dev.allclose.harness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for {@code System.out} and {@code System.err} while a case runs: keeps the first bytes
 * for the report, counts the rest, and stops the solution once it prints past the limit.
 */
final class BoundedOutput extends OutputStream {
  private static final int KEEP = 8192;
  private final long limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long total;
  private boolean exceeded;

  /**
   * Thrown into the solution's print call; an Error so that {@code catch (Exception e)} misses it.
   */
  static final class LimitExceeded extends Error {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("printed more than " + limit + " bytes", null, false, false);
    }
  }

  BoundedOutput(long limit) {
    this.limit = limit;
  }

  PrintStream printStream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    total += len;
    int room = KEEP - kept.size();
    if (room > 0) {
      kept.write(b, off, Math.min(room, len));
    }
    if (limit > 0 && total > limit) {
      exceeded = true;
      throw new LimitExceeded(limit);
    }
  }

  synchronized boolean exceeded() {
    return exceeded;
  }

  synchronized long total() {
    return total;
  }

  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }
}
