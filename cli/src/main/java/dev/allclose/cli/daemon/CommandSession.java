package dev.allclose.cli.daemon;

import dev.allclose.cli.Environment;
import dev.allclose.cli.Main;
import dev.allclose.client.Frames;
import dev.allclose.client.Request;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * One command line run for the launcher on one connection: the command sees the launcher's
 * environment variables, working folder, terminal and standard input, and its output and exit
 * status go back as frames. When the launcher goes away (Ctrl-C), the command's thread is
 * interrupted and its input ends; its output is dropped.
 */
final class CommandSession {
  private final Request request;
  private final DataInputStream in;
  private final DataOutputStream out;
  private final BackgroundProcess process;
  private volatile boolean finished;

  CommandSession(
      Request request, DataInputStream in, DataOutputStream out, BackgroundProcess process) {
    this.request = request;
    this.in = in;
    this.out = out;
    this.process = process;
  }

  /** Runs the command on this thread and sends its exit status. */
  void run() throws IOException {
    RemoteInput stdin = new RemoteInput(out);
    Thread command = Thread.currentThread();
    Thread.ofPlatform().daemon().name("allclose-input").start(() -> relayInput(stdin, command));
    Charset charset = charset(request.charset());
    PrintWriter stdout = writer(Frames.STDOUT, charset);
    PrintWriter stderr = writer(Frames.STDERR, charset);
    int status = execute(stdin, stdout, stderr);
    stdout.flush();
    stderr.flush();
    finished = true;
    synchronized (out) {
      Frames.writeNumber(out, Frames.EXIT, status);
    }
  }

  private int execute(RemoteInput stdin, PrintWriter stdout, PrintWriter stderr) {
    Environment environment =
        new Environment(
            request.environment(),
            Path.of(System.getProperty("user.home")),
            request.terminal(),
            stdin,
            Clock.system(ZoneId.systemDefault()),
            Path.of(request.workingDir()),
            process.judges());
    String[] args = request.arguments().toArray(String[]::new);
    try {
      var commandLine = Main.commandLine(environment, args);
      commandLine.setOut(stdout);
      commandLine.setErr(stderr);
      return commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // Main's handler catches what a command throws; this is what escapes picocli itself.
      process.log("command failed: " + e);
      stderr.println("allclose: internal error: " + e);
      return Main.INTERNAL;
    }
  }

  /** Serves the command's reads until the launcher goes away, then stops the command. */
  private void relayInput(RemoteInput stdin, Thread command) {
    try {
      while (true) {
        Frames.Frame frame = Frames.read(in);
        if (frame.type() == Frames.STDIN) {
          stdin.answer(frame.payload());
        }
      }
    } catch (IOException | InterruptedException e) {
      stdin.end();
      if (!finished) {
        command.interrupt();
      }
    }
  }

  private PrintWriter writer(byte type, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(new FrameOutput(out, type), charset));
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
