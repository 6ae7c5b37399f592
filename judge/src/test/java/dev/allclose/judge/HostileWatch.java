package dev.allclose.judge;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The tripwires of the hostile corpus: a FIFO that tells whether anyone opened it for reading, a
 * listener on loopback that counts connections, snapshots of folders (bytes and permissions) and a
 * search for processes a run left behind.
 */
final class HostileWatch implements AutoCloseable {
  private final Path fifo;
  private final ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicBoolean opened = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();

  private HostileWatch(Path fifo, ServerSocket listener) {
    this.fifo = fifo;
    this.listener = listener;
  }

  static HostileWatch start(Path fifo) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).start();
    if (mkfifo.waitFor() != 0) {
      throw new IOException("mkfifo failed");
    }
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    HostileWatch w = new HostileWatch(fifo, listener);
    Thread.ofPlatform().daemon().name("canary-fifo").start(w::watchFifo);
    Thread.ofPlatform().daemon().name("canary-listener").start(w::accept);
    return w;
  }

  int port() {
    return listener.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  /** Whether a reader opened the FIFO since the last {@link #reset}. */
  boolean fifoOpened() {
    return opened.get();
  }

  void reset() {
    opened.set(false);
    connections.set(0);
  }

  /** Opening a FIFO for writing blocks until a reader opens it: returning means one did. */
  private void watchFifo() {
    while (!closing.get()) {
      try (OutputStream out = new FileOutputStream(fifo.toFile())) {
        if (!closing.get()) {
          opened.set(true);
          out.write("gotcha\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // the reader went away; wait for the next one
      }
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        connections.incrementAndGet();
        s.close();
      } catch (IOException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    closing.set(true);
    try (FileInputStream unblock = new FileInputStream(fifo.toFile())) {
      unblock.readAllBytes();
    } catch (IOException e) {
      // nothing was waiting
    }
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Processes whose command line names {@code home}: harnesses of runs that should be over, except
   * {@code waiting}, the harness a warm judge keeps started for its next run.
   */
  static List<String> leftovers(Path home, List<ProcessHandle> waiting)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<String> left;
    do {
      // the waiting harness may still be starting: its descendants are looked up on every pass
      java.util.Set<Long> kept =
          waiting.stream()
              .flatMap(p -> java.util.stream.Stream.concat(Stream.of(p), p.descendants()))
              .map(ProcessHandle::pid)
              .collect(java.util.stream.Collectors.toSet());
      left =
          ProcessHandle.allProcesses()
              .filter(p -> p.pid() != ProcessHandle.current().pid())
              .filter(p -> !kept.contains(p.pid()))
              .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
              .filter(c -> c.contains(home.toString()))
              .toList();
      if (left.isEmpty()) {
        return left;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    return left;
  }

  /** Every file and folder under some roots: its permissions, and a file's SHA-256. */
  record Snapshot(Map<String, String> entries) {
    static Snapshot of(List<Path> roots, Path excluded) throws IOException {
      Map<String, String> entries = new TreeMap<>();
      for (Path root : roots) {
        Files.walkFileTree(
            root,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
                  throws IOException {
                if (d.equals(excluded)) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                entries.put(d.toString(), describe(d, attrs));
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path f, BasicFileAttributes attrs)
                  throws IOException {
                entries.put(f.toString(), describe(f, attrs));
                return FileVisitResult.CONTINUE;
              }
            });
      }
      return new Snapshot(entries);
    }

    private static String describe(Path p, BasicFileAttributes attrs) throws IOException {
      String perms =
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
      if (!attrs.isRegularFile()) {
        return perms + (attrs.isSymbolicLink() ? " link" : attrs.isDirectory() ? " dir" : " other");
      }
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return perms + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
