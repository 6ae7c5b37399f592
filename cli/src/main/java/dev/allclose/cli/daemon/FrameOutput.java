package dev.allclose.cli.daemon;

import dev.allclose.client.Frames;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A command's standard output or error, sent to the launcher as frames of one type. Written bytes
 * are buffered by the writer above it and go out at each flush. After the launcher went away the
 * bytes are dropped, so the command ends as it would with its output closed. Thread-safe: frames of
 * both streams share {@code connection} and are sent whole under its lock.
 */
final class FrameOutput extends OutputStream {
  private final DataOutputStream connection;
  private final byte type;
  private volatile boolean gone;

  FrameOutput(DataOutputStream connection, byte type) {
    this.connection = connection;
    this.type = type;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (gone || len == 0) {
      return;
    }
    synchronized (connection) {
      try {
        Frames.write(connection, type, b, off, len);
      } catch (IOException e) {
        gone = true;
      }
    }
  }
}
