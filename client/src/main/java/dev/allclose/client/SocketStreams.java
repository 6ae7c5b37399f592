package dev.allclose.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Blocking streams over a connected socket channel that one thread may read while another writes.
 * (The streams of {@link java.nio.channels.Channels} hold the channel's blocking lock for a whole
 * read, so a reader waiting for input would stop every writer.)
 */
public final class SocketStreams {
  private SocketStreams() {}

  public static DataInputStream input(SocketChannel channel) {
    return new DataInputStream(
        new java.io.BufferedInputStream(
            new InputStream() {
              @Override
              public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
              }
            }));
  }

  public static DataOutputStream output(SocketChannel channel) {
    return new DataOutputStream(
        new java.io.BufferedOutputStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                  channel.write(buffer);
                }
              }
            },
            1 << 16));
  }
}
