package dev.allclose.cli.commands;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.app.shared.RunWorker;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose worker}: judges the runs of a shared server ({@code serve --database --queue}) on
 * this machine, in the sandbox, until stopped. As many as wanted may run, anywhere that reaches the
 * database and the broker.
 */
@Command(
    name = "worker",
    header = "Judge a shared server's runs from its queue, in the sandbox, until stopped.",
    description =
        "Takes runs from the RabbitMQ queue the server publishes them to, judges each in the"
            + " sandbox and stores its report in the server's PostgreSQL database before"
            + " acknowledging it. Refuses to start where solutions cannot run in the sandbox.")
public final class WorkerCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--database",
      paramLabel = "URL",
      description = "The server's PostgreSQL database (default: $ALLCLOSE_DATABASE).")
  @Nullable String database;

  @Option(
      names = "--queue",
      paramLabel = "URL",
      description =
          "The server's RabbitMQ broker, amqp://USER:PASSWORD@HOST:5672"
              + " (default: $ALLCLOSE_QUEUE).")
  @Nullable String queue;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Runs judged at once (default: half the cores, at least 1).")
  int concurrency = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  @Override
  public Integer call() throws InterruptedException {
    String db = orVariable(database, "ALLCLOSE_DATABASE", "--database");
    String broker = orVariable(queue, "ALLCLOSE_QUEUE", "--queue");
    if (concurrency < 1) {
      throw new UserError("--concurrency must be at least 1");
    }
    Workbench workbench = root.services().workbench();
    Optional<String> unsandboxed = workbench.judging().sandboxWarning();
    if (unsandboxed.isPresent()) {
      throw new UserError(
          "a worker judges other people's code and needs the sandbox, which is not available"
              + " here: "
              + unsandboxed.get()
              + " (`allclose doctor` says more)");
    }
    workbench.usePostgres(db);
    String name = name();
    RunQueue runs;
    try {
      workbench.store(); // reachable and migrated before any run is taken
      root.services().catalog();
      runs = RunQueue.connect(broker, root.environment().variables(), name);
    } catch (AppException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    workbench.judging().keepWarm();
    try {
      runs.consume(concurrency, new RunWorker(workbench, name));
    } catch (IOException e) {
      runs.close();
      throw new UserError("cannot take runs from " + runs.where() + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Worker "
            + name
            + " judges runs from "
            + runs.where()
            + " (queue "
            + runs.name()
            + "), "
            + concurrency
            + " at once, into "
            + workbench.dataLocation()
            + ". Stop it with Ctrl+C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runs.close(); // the runs in hand end first; those not yet taken stay queued
                  workbench.closeDatabase();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  private String orVariable(@Nullable String given, String variable, String option) {
    String value = given != null ? given : root.environment().variables().get(variable);
    if (value == null || value.isBlank()) {
      throw new UserError("a worker needs " + option + " URL (or $" + variable + ")");
    }
    return value;
  }

  private static String name() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
