package dev.allclose.cli.daemon;

import dev.allclose.app.judging.KeptJudges;
import dev.allclose.cli.StartupTraining;
import dev.allclose.client.Frames;
import dev.allclose.client.Rendezvous;
import dev.allclose.client.Request;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * This user's background Allclose process: it runs the command lines the launcher hands it, one
 * thread each, in a JVM that has already loaded and compiled the product, with a Python harness
 * started ahead of time for the next submission (see {@link KeptJudges}). A command then costs the
 * launcher's own start plus the command's work, instead of a whole JVM start-up (measured in
 * docs/performance.md).
 *
 * <p>It listens on the {@link Rendezvous} socket (a folder private to this user; each caller's user
 * id is checked again on the socket), holds the rendezvous lock for its whole life so that a second
 * one quits at once, and stops by itself after {@code ALLCLOSE_DAEMON_IDLE_MINUTES} (15 by default)
 * without a command, when asked ({@code allclose daemon stop}), or when the product's jar changes
 * (a rebuild): it then refuses new commands, which the launcher runs in a fresh JVM, and quits once
 * the running ones end. Started by {@code ./allclose} as {@code java -cp allclose.jar
 * dev.allclose.cli.daemon.BackgroundProcess --jar JAR}.
 */
public final class BackgroundProcess {
  private static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);
  private static final Duration WARM_UP_DELAY = Duration.ofSeconds(2);
  private static final Duration TRIM_AFTER = Duration.ofSeconds(30);
  private static final Duration LOCK_WAIT = Duration.ofSeconds(5);
  private static final Set<String> EDITOR_ROUNDS =
      Set.of("mock", "critique", "design", "open", "derive", "review");

  private final Rendezvous rendezvous;
  private final Stamp stamp;
  private final Duration idle;
  private final ServerSocketChannel server;
  private final KeptJudges judges = new KeptJudges();
  private final AtomicInteger running = new AtomicInteger();
  private final Instant started = Instant.now();
  private volatile Instant lastActive = Instant.now();
  private volatile @Nullable String stopping;
  private volatile boolean commandSeen;
  private volatile boolean trimmed;

  private BackgroundProcess(
      Rendezvous rendezvous, Stamp stamp, Duration idle, ServerSocketChannel server) {
    this.rendezvous = rendezvous;
    this.stamp = stamp;
    this.idle = idle;
    this.server = server;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].equals("--jar")) {
      System.err.println("usage: BackgroundProcess --jar JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[1]);
    // first, before the socket exists: a rebuild from then on must count as one
    Stamp stamp = Stamp.of(jar);
    Rendezvous rendezvous = Rendezvous.of(System.getenv(), jar);
    rendezvous.prepare();
    FileChannel lockFile =
        FileChannel.open(rendezvous.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = awaitLock(lockFile);
    if (lock == null) {
      return; // another one runs (or is starting) for this rendezvous
    }
    Files.deleteIfExists(rendezvous.socket()); // left by one that was killed
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(rendezvous.socket()));
    Files.setPosixFilePermissions(
        rendezvous.socket(), PosixFilePermissions.fromString("rw-------"));
    BackgroundProcess process = new BackgroundProcess(rendezvous, stamp, idleTime(), server);
    process.log("started (pid " + ProcessHandle.current().pid() + ")");
    process.serve();
  }

  /**
   * The rendezvous lock, waiting a few seconds for it: after a rebuild the launcher starts the new
   * process while the old one finishes its last commands and quits (checked every second).
   */
  private static @Nullable FileLock awaitLock(FileChannel lockFile) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      FileLock lock = lockFile.tryLock();
      if (lock != null || System.nanoTime() > deadline) {
        return lock;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /** The judges kept for the commands of this process. */
  KeptJudges judges() {
    return judges;
  }

  // The futures of the two tasks are not kept: each catches and logs its own failures.
  @SuppressWarnings("FutureReturnValueIgnored")
  private void serve() throws IOException {
    ScheduledExecutorService watch =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("allclose-watch").unstarted(r));
    watch.scheduleWithFixedDelay(this::checkIdle, 1, 1, TimeUnit.SECONDS);
    watch.schedule(this::warmUp, WARM_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    while (true) {
      SocketChannel connection;
      try {
        connection = server.accept();
      } catch (ClosedChannelException e) {
        awaitHalt(); // quit() closed it and ends the process once it has said so in the log
        return;
      }
      running.incrementAndGet();
      lastActive = Instant.now();
      trimmed = false;
      Thread.ofPlatform().name("allclose-command").start(() -> handle(connection));
    }
  }

  private static void awaitHalt() {
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(SocketChannel connection) {
    try (connection) {
      if (!sameUser(connection)) {
        log("refused a caller that is not this user");
        return;
      }
      DataInputStream in = dev.allclose.client.SocketStreams.input(connection);
      DataOutputStream out = dev.allclose.client.SocketStreams.output(connection);
      Frames.Frame first = Frames.read(in);
      if (first.type() != Frames.REQUEST) {
        return;
      }
      answer(Request.decode(first.payload()), in, out);
    } catch (java.io.EOFException e) {
      // the launcher went away before its request was whole: nothing to say
    } catch (IOException e) {
      log("connection failed: " + e);
    } finally {
      lastActive = Instant.now();
      running.decrementAndGet();
    }
  }

  private void answer(Request request, DataInputStream in, DataOutputStream out)
      throws IOException {
    switch (request.kind()) {
      case STATUS -> reply(out, status());
      case STOP -> {
        stop("asked to stop");
        reply(out, "allclose: the background process stops once its running commands end\n");
      }
      case RUN -> {
        if (stamp.changed()) {
          stop("the product was rebuilt");
        }
        String why = opensEditor(request) ? "the command may open $EDITOR" : stopping;
        if (why != null) {
          Frames.write(out, Frames.REFUSED, why.getBytes(StandardCharsets.UTF_8));
          return;
        }
        commandSeen = true;
        new CommandSession(request, in, out, this).run();
      }
    }
  }

  /**
   * Whether the command is a round that answers in {@code $EDITOR} (set, on a terminal: see {@code
   * Answers}): the editor needs the user's terminal, which this process cannot lend it, so such a
   * command runs in a fresh JVM (the launcher sends it there itself, for the same commands).
   */
  static boolean opensEditor(Request request) {
    String editor = request.environment().get("EDITOR");
    if (!request.terminal() || editor == null || editor.isBlank()) {
      return false;
    }
    return request.arguments().stream().anyMatch(EDITOR_ROUNDS::contains);
  }

  private static void reply(DataOutputStream out, String text) throws IOException {
    synchronized (out) {
      Frames.write(out, Frames.STDOUT, text.getBytes(StandardCharsets.UTF_8));
      Frames.writeNumber(out, Frames.EXIT, 0);
    }
  }

  private String status() {
    long minutes = Duration.between(started, Instant.now()).toMinutes();
    return "allclose: background process "
        + ProcessHandle.current().pid()
        + ", up "
        + minutes
        + " min, "
        + (running.get() - 1)
        + " other command(s) running, stops after "
        + idle.toMinutes()
        + " idle min; socket "
        + rendezvous.socket()
        + "\n";
  }

  /** Same user as this process, by the kernel's word on the socket (SO_PEERCRED). */
  private static boolean sameUser(SocketChannel connection) throws IOException {
    UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
    return peer.user().getName().equals(Files.getOwner(Path.of("/proc/self")).getName());
  }

  /** Refuses new commands from now on; the process quits once the running ones end. */
  private void stop(String why) {
    if (stopping == null) {
      stopping = why;
      log("stopping: " + why);
    }
  }

  private void checkIdle() {
    try {
      checkStop();
    } catch (RuntimeException e) {
      log("watch failed: " + e);
    }
  }

  private void checkStop() {
    trim();
    if (stopping == null) {
      if (Duration.between(lastActive, Instant.now()).compareTo(idle) > 0) {
        stop("idle for " + idle.toMinutes() + " min");
      } else if (stamp.changed()) {
        stop("the product was rebuilt");
      } else if (!Files.exists(rendezvous.socket())) {
        stop("its socket was removed");
      }
    }
    if (stopping != null && running.get() == 0) {
      quit();
    }
  }

  /**
   * Once no command ran for a while, collects the garbage of the last ones, so that the heap (and
   * with the launcher's heap-free ratios, the resident size) shrinks back to what is kept: an idle
   * background process should not hold a busy one's memory.
   */
  private void trim() {
    if (!trimmed
        && running.get() == 0
        && Duration.between(lastActive, Instant.now()).compareTo(TRIM_AFTER) > 0) {
      trimmed = true;
      System.gc(); // the point: an explicit full collection when idle
    }
  }

  private void quit() {
    try {
      // the file first: once the server is closed, the main thread's accept fails and returns
      Files.deleteIfExists(rendezvous.socket());
      server.close();
    } catch (IOException e) {
      log("could not remove the socket: " + e.getMessage());
    }
    log("stopped");
    Runtime.getRuntime().halt(0); // kills the waiting harnesses too (--die-with-parent)
  }

  /**
   * Runs the everyday commands once on a scratch home, so that even the first real command finds
   * them loaded and compiled; skipped when a real command came first (it warms up the same way).
   */
  private void warmUp() {
    if (commandSeen) {
      return;
    }
    try {
      Path scratch = Files.createTempDirectory("allclose-warm-up");
      try {
        StartupTraining.exercise(scratch);
      } finally {
        deleteTree(scratch);
      }
    } catch (IOException | RuntimeException e) {
      log("warm-up failed: " + e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  void log(String line) {
    try {
      Files.writeString(
          rendezvous.log(),
          Instant.now() + " " + line + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // nowhere else to say it: the process has no terminal
    }
  }

  private static Duration idleTime() {
    String minutes = System.getenv("ALLCLOSE_DAEMON_IDLE_MINUTES");
    if (minutes == null || minutes.isBlank()) {
      return DEFAULT_IDLE;
    }
    try {
      return Duration.ofMinutes(Math.max(1, Long.parseLong(minutes.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT_IDLE;
    }
  }
}
