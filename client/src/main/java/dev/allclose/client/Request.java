package dev.allclose.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher asks of the background process: run a command line as if started in {@code
 * workingDir} with {@code environment} (whose standard output is a terminal or not, and expects
 * text in {@code charset}), report on itself, or stop. Immutable.
 */
public record Request(
    Kind kind,
    List<String> arguments,
    String workingDir,
    boolean terminal,
    String charset,
    Map<String, String> environment) {
  private static final int VERSION = 1;

  /** What is asked. */
  public enum Kind {
    RUN,
    STATUS,
    STOP
  }

  public Request {
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
  }

  /** A question for the process itself, with nothing to run. */
  public static Request control(Kind kind) {
    return new Request(kind, List.of(), "/", false, "UTF-8", Map.of());
  }

  public byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      writeText(out, kind.name());
      out.writeInt(arguments.size());
      for (String argument : arguments) {
        writeText(out, argument);
      }
      writeText(out, workingDir);
      out.writeBoolean(terminal);
      writeText(out, charset);
      out.writeInt(environment.size());
      for (Map.Entry<String, String> variable : environment.entrySet()) {
        writeText(out, variable.getKey());
        writeText(out, variable.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The request in {@code payload}.
   *
   * @throws IOException when it is not one this version writes
   */
  public static Request decode(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    if (in.readInt() != VERSION) {
      throw new IOException("request from another version of the launcher");
    }
    Kind kind;
    String name = readText(in);
    try {
      kind = Kind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown request kind " + name, e);
    }
    List<String> arguments = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      arguments.add(readText(in));
    }
    String workingDir = readText(in);
    boolean terminal = in.readBoolean();
    String charset = readText(in);
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      environment.put(readText(in), readText(in));
    }
    return new Request(kind, arguments, workingDir, terminal, charset, environment);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > Frames.MAX_LENGTH) {
      throw new IOException("malformed request");
    }
    return n;
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[count(in)];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
