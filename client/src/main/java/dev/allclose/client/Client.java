package dev.allclose.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one command line in this user's background Allclose process and behaves like that command:
 * its output on this process's standard output and error, its reads of standard input served from
 * this process's, its exit status as this process's. {@code ./allclose} starts it as {@code java
 * -cp allclose-client.jar dev.allclose.client.Client --jar JAR [--terminal] -- ARGS...}.
 *
 * <p>Exits with {@link #UNAVAILABLE} having printed nothing when no process could take the command
 * (none running, the product rebuilt since it started, its folder not private): the launcher then
 * runs the command in a fresh JVM. Once a command was accepted, it is never run twice: a process
 * that disappears mid-command is reported, with exit status 3.
 */
public final class Client {
  /** The exit status that tells the launcher to run the command itself. */
  public static final int UNAVAILABLE = 100;

  private static final int INTERNAL = 3;

  private Client() {}

  public static void main(String[] args) {
    int separator = Arrays.asList(args).indexOf("--");
    if (separator < 2 || !args[0].equals("--jar")) {
      System.err.println("usage: Client --jar JAR [--terminal] -- ARGS...");
      System.exit(2);
    }
    boolean terminal = Arrays.asList(args).subList(2, separator).contains("--terminal");
    List<String> arguments = Arrays.asList(args).subList(separator + 1, args.length);
    Request request =
        new Request(
            Request.Kind.RUN,
            arguments,
            Path.of("").toAbsolutePath().toString(),
            terminal,
            System.getProperty("stdout.encoding", "UTF-8"),
            System.getenv());
    SocketChannel channel;
    try {
      Rendezvous rendezvous = Rendezvous.of(System.getenv(), Path.of(args[1]));
      rendezvous.checkPrivate();
      channel = connect(rendezvous);
    } catch (IOException e) {
      System.exit(UNAVAILABLE);
      return;
    }
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.exit(
        converse(channel, request, System.in, stdout, new FileOutputStream(FileDescriptor.err)));
  }

  /** A connection to the process at {@code rendezvous}, or an exception when none listens there. */
  public static SocketChannel connect(Rendezvous rendezvous) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.connect(UnixDomainSocketAddress.of(rendezvous.socket()));
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Sends {@code request} and serves the process until it says the command ended; returns the
   * command's exit status, or {@link #UNAVAILABLE} when the process refused it.
   */
  public static int converse(
      SocketChannel channel,
      Request request,
      InputStream stdin,
      OutputStream stdout,
      OutputStream stderr) {
    try (channel) {
      DataOutputStream out = SocketStreams.output(channel);
      DataInputStream in = SocketStreams.input(channel);
      Frames.write(out, Frames.REQUEST, request.encode());
      while (true) {
        Frames.Frame frame = Frames.read(in);
        switch (frame.type()) {
          case Frames.STDOUT -> copy(frame.payload(), stdout);
          case Frames.STDERR -> copy(frame.payload(), stderr);
          case Frames.READ -> Frames.write(out, Frames.STDIN, readSome(stdin, frame.number()));
          case Frames.EXIT -> {
            return frame.number();
          }
          case Frames.REFUSED -> {
            return UNAVAILABLE;
          }
          default -> throw new IOException("unknown frame '" + (char) frame.type() + "'");
        }
      }
    } catch (EOFException e) {
      return lost(stderr, "the background process stopped during the command");
    } catch (IOException e) {
      return lost(stderr, "lost the background process: " + e.getMessage());
    }
  }

  private static void copy(byte[] bytes, OutputStream target) throws IOException {
    target.write(bytes);
    target.flush();
  }

  /** Up to {@code limit} bytes of standard input, as many as one read gives; none at its end. */
  private static byte[] readSome(InputStream stdin, int limit) throws IOException {
    byte[] buffer = new byte[Math.max(1, Math.min(limit, 1 << 16))];
    int n = stdin.read(buffer);
    return n <= 0 ? new byte[0] : Arrays.copyOf(buffer, n);
  }

  private static int lost(OutputStream stderr, String why) {
    PrintStream err = new PrintStream(stderr, true);
    err.println(
        "allclose: " + why + " (run it again; ALLCLOSE_DAEMON=off runs every command on its own)");
    return INTERNAL;
  }
}
