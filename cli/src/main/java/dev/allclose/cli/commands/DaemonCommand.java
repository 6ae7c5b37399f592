package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.Main;
import dev.allclose.cli.UserError;
import dev.allclose.client.Client;
import dev.allclose.client.Rendezvous;
import dev.allclose.client.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose daemon [status|stop]}: the background process that runs commands for {@code
 * ./allclose} in this environment (see {@link dev.allclose.cli.daemon.BackgroundProcess}).
 */
@Command(
    name = "daemon",
    description =
        "Show or stop the background process that runs ./allclose's commands without a JVM start"
            + " each (it stops by itself when idle; ALLCLOSE_DAEMON=off never starts one).")
public final class DaemonCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ACTION",
      arity = "0..1",
      defaultValue = "status",
      description = "status (default): whether one runs, and since when; stop: stop it.")
  String action;

  @Override
  public Integer call() throws IOException {
    Request.Kind kind =
        switch (action) {
          case "status" -> Request.Kind.STATUS;
          case "stop" -> Request.Kind.STOP;
          default -> throw new UserError("daemon takes status or stop, not '" + action + "'");
        };
    PrintWriter out = spec.commandLine().getOut();
    SocketChannel channel;
    try {
      channel = Client.connect(Rendezvous.of(root.environment().variables(), jar()));
    } catch (IOException e) {
      out.println("allclose: no background process runs for this build and environment");
      out.flush();
      return kind == Request.Kind.STATUS ? Main.REJECTED : Main.ACCEPTED;
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    int status =
        Client.converse(channel, Request.control(kind), InputStream.nullInputStream(), text, text);
    out.print(text.toString(StandardCharsets.UTF_8));
    out.flush();
    return status == 0 ? Main.ACCEPTED : Main.INTERNAL;
  }

  /** Where this product's classes come from: the jar the launcher runs, or a build's folder. */
  private static Path jar() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the code source is a file", e);
    }
  }
}
