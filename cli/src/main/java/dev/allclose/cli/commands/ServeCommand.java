package dev.allclose.cli.commands;

import dev.allclose.app.AppException;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.server.Access;
import dev.allclose.server.AllcloseServer;
import dev.allclose.server.guard.LaunchSecret;
import dev.allclose.server.guard.SiteOrigin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose serve}: the web app on localhost, on the same database and judge as the CLI. It
 * prints, once, the link that carries the launch's secret; only a browser that opened that link (or
 * a script that sends the secret) is answered.
 */
@Command(
    name = "serve",
    header = "Serve the web app on http://127.0.0.1:PORT/ until stopped with Ctrl+C.",
    description =
        "Open the link it prints: it holds this launch's secret, and only a browser that opened it"
            + " (or a script sending 'Authorization: Token SECRET') is answered.")
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default 7070; 0 picks a free one).")
  int port = 7070;

  @Option(
      names = "--open",
      description = "Open the printed link (the catalog) in the desktop's browser.")
  boolean open;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Submissions judged at once (default: half the cores, at least 1).")
  int workers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  @Option(
      names = "--database",
      paramLabel = "URL",
      description =
          "Keep the data in this PostgreSQL database instead of the home folder's SQLite file:"
              + " jdbc:postgresql://HOST[:PORT]/DATABASE[?user=USER&password=PASSWORD]. Every"
              + " migration runs on it first. Default: $ALLCLOSE_DATABASE, which keeps a password"
              + " out of the process list.")
  @Nullable String database;

  @Option(
      names = "--queue",
      paramLabel = "URL",
      description =
          "Hand runs to judge workers through this RabbitMQ broker"
              + " (amqp://USER:PASSWORD@HOST:5672) instead of judging them here; needs --database,"
              + " where the workers find them ('allclose worker'). Default: $ALLCLOSE_QUEUE.")
  @Nullable String queue;

  @Option(
      names = "--accounts",
      description =
          "Serve a team: accounts sign in with email and password (made with 'allclose admin"
              + " create-user'), each with data of its own, instead of the launch's secret link."
              + " Needs --database.")
  boolean accounts;

  @Option(
      names = "--origin",
      paramLabel = "URL",
      description =
          "With --accounts: the address users open (https://allclose.example.org), which a"
              + " reverse proxy forwards here; the server answers to it besides its loopback names."
              + " Default: $ALLCLOSE_ORIGIN, else http://127.0.0.1:PORT.")
  @Nullable String origin;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description =
          "With --accounts: the address to listen on (default 127.0.0.1, for a reverse proxy on"
              + " this machine; 0.0.0.0 listens on every interface).")
  String bind = "127.0.0.1";

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UserError("--port must be between 0 and 65535");
    }
    if (workers < 1) {
      throw new UserError("--workers must be at least 1");
    }
    if (database == null) {
      database = root.environment().variables().get("ALLCLOSE_DATABASE");
    }
    if (database != null && !database.isBlank()) {
      root.services().workbench().usePostgres(database);
      try {
        root.services().workbench().store(); // migrated and reachable before the link is printed
      } catch (AppException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
    }
    if (queue == null) {
      queue = root.environment().variables().get("ALLCLOSE_QUEUE");
    }
    RunQueue broker = null;
    if (queue != null && !queue.isBlank()) {
      if (database == null || database.isBlank()) {
        throw new UserError(
            "--queue needs --database: the workers find the runs in the same PostgreSQL database");
      }
      try {
        broker = RunQueue.connect(queue, root.environment().variables(), "allclose-server");
      } catch (AppException e) {
        throw new UserError(String.valueOf(e.getMessage()));
      }
    }
    Access access = access(database);
    AllcloseServer server;
    try {
      root.services().catalog();
      server =
          new AllcloseServer(root.services().workbench(), workers, 100, access, broker)
              .start(accounts ? bind : "127.0.0.1", port);
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("Port already in use")
          || e.getCause() instanceof java.net.BindException) {
        throw new UserError("port " + port + " is already in use; choose another with --port");
      }
      throw e;
    }
    String url = server.signInLink().toString();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Allclose is serving http://"
            + (accounts ? bind : "127.0.0.1")
            + ":"
            + server.port()
            + "/ (data in "
            + root.services().workbench().dataLocation()
            + "). Stop it with Ctrl+C.");
    if (accounts) {
      out.println("Accounts sign in at:");
      out.println("    " + url);
      if (root.services().workbench().accounts().users().isEmpty()) {
        out.println(
            "There is no account yet: make the first admin with 'allclose admin create-user EMAIL"
                + " --role admin'.");
      }
    } else {
      out.println("Open this link, which holds this launch's secret:");
      out.println("    " + url);
    }
    out.flush();
    root.services().warnIfUnsandboxed(spec.commandLine().getErr());
    if (open) {
      openBrowser(url, out);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /** Who the server answers, from the options; a clear refusal for a combination that cannot be. */
  private Access access(@Nullable String database) {
    if (!accounts) {
      return new Access.Local(LaunchSecret.random());
    }
    if (database == null || database.isBlank()) {
      throw new UserError(
          "--accounts needs --database: each account's data is a schema of a PostgreSQL database");
    }
    String given = origin != null ? origin : root.environment().variables().get("ALLCLOSE_ORIGIN");
    try {
      return new Access.Accounts(
          given == null || given.isBlank()
              ? SiteOrigin.loopback()
              : SiteOrigin.of(URI.create(given.strip())));
    } catch (IllegalArgumentException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  private static void openBrowser(String url, PrintWriter out) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command =
        os.contains("mac")
            ? List.of("open", url)
            : os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      out.println(
          "Could not open a browser ("
              + command.get(0)
              + " is missing); open "
              + url
              + " yourself.");
    }
  }
}
