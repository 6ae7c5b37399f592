package dev.allclose.cli.daemon;

import dev.allclose.client.Frames;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A command's standard input, read from the launcher's only when the command reads: each read asks
 * for at most as many bytes as the caller can take and waits for the answer. Nothing is read ahead,
 * so lines the user types for the shell after the command are not swallowed. Empty at the
 * launcher's end of input, or once the launcher went away. For one reading thread.
 */
final class RemoteInput extends InputStream {
  private final DataOutputStream connection;
  private final BlockingQueue<byte[]> answers = new LinkedBlockingQueue<>();
  private volatile boolean ended;

  RemoteInput(DataOutputStream connection) {
    this.connection = connection;
  }

  /** Called by the connection's reader with the launcher's answer (empty at the end of input). */
  void answer(byte[] bytes) throws InterruptedException {
    answers.put(bytes);
  }

  /** Called when the launcher went away: every read from now on sees the end of the input. */
  void end() {
    ended = true;
    answers.add(new byte[0]);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (ended) {
      return -1;
    }
    synchronized (connection) {
      Frames.writeNumber(connection, Frames.READ, len);
    }
    byte[] bytes;
    try {
      bytes = answers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the command was stopped");
    }
    if (bytes.length == 0) {
      ended = true;
      return -1;
    }
    int n = Math.min(len, bytes.length); // the launcher never sends more than asked
    System.arraycopy(bytes, 0, b, off, n);
    return n;
  }
}
