package dev.allclose.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The framing of the conversation between the launcher and the background process: each frame is
 * one type byte, a four-byte big-endian length and that many bytes. The launcher sends one {@link
 * #REQUEST}, then a {@link #STDIN} frame each time the process asks for input with {@link #READ};
 * the process sends the command's output as {@link #STDOUT} and {@link #STDERR} frames and ends
 * with {@link #EXIT} (the status as four bytes), or with {@link #REFUSED} before running anything.
 * Writers must not interleave frames: callers synchronise on the stream.
 */
public final class Frames {
  /** Launcher to process: the command line ({@link Request}). */
  public static final byte REQUEST = 'R';

  /** Launcher to process: bytes of standard input; empty at its end. */
  public static final byte STDIN = 'D';

  /** Process to launcher: bytes for standard output. */
  public static final byte STDOUT = 'O';

  /** Process to launcher: bytes for standard error. */
  public static final byte STDERR = 'E';

  /**
   * Process to launcher: the command wants at most the given number (four bytes) of input bytes.
   */
  public static final byte READ = 'I';

  /** Process to launcher: the command ended with the given status (four bytes). */
  public static final byte EXIT = 'X';

  /**
   * Process to launcher: not run here (the product was rebuilt, or the process is stopping); the
   * launcher runs the command in a fresh process instead. The payload says why.
   */
  public static final byte REFUSED = 'S';

  /** The largest frame either side accepts: a request with a long environment fits many times. */
  static final int MAX_LENGTH = 16 << 20;

  private Frames() {}

  /** One frame as read. */
  public static final class Frame {
    private final byte type;
    private final byte[] payload;

    Frame(byte type, byte[] payload) {
      this.type = type;
      this.payload = payload;
    }

    public byte type() {
      return type;
    }

    /** The frame's bytes, not copied: the reader owns them. */
    public byte[] payload() {
      return payload;
    }

    public int number() throws IOException {
      if (payload.length != 4) {
        throw new IOException("frame '" + (char) type + "' does not hold a number");
      }
      return ((payload[0] & 0xff) << 24)
          | ((payload[1] & 0xff) << 16)
          | ((payload[2] & 0xff) << 8)
          | (payload[3] & 0xff);
    }
  }

  public static void write(DataOutputStream out, byte type, byte[] payload, int offset, int length)
      throws IOException {
    out.writeByte(type);
    out.writeInt(length);
    out.write(payload, offset, length);
    out.flush();
  }

  public static void write(DataOutputStream out, byte type, byte[] payload) throws IOException {
    write(out, type, payload, 0, payload.length);
  }

  public static void writeNumber(DataOutputStream out, byte type, int number) throws IOException {
    write(
        out,
        type,
        new byte[] {
          (byte) (number >>> 24), (byte) (number >>> 16), (byte) (number >>> 8), (byte) number
        });
  }

  /**
   * The next frame.
   *
   * @throws java.io.EOFException when the other side closed the connection
   * @throws IOException when the frame is longer than either side ever sends
   */
  public static Frame read(DataInputStream in) throws IOException {
    byte type = in.readByte();
    int length = in.readInt();
    if (length < 0 || length > MAX_LENGTH) {
      throw new IOException("frame of " + length + " bytes refused");
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Frame(type, payload);
  }
}
