package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One harness started ahead of time, so that a run does not wait for its language to start: a
 * brand-new sandbox in brand-new folders, whose interpreter has done its slow start (NumPy's
 * import) and waits for the manifest of whichever run comes next. Each is used by one run only and
 * is killed with it. So two runs never share a process, a folder or a sandbox, exactly as when each
 * harness starts cold, and a waiting harness holds nothing of any user before it is taken (on a
 * shared server it may serve anyone). Kept warm, the next one starts once the run that took the
 * last one has ended, so it does not compete with that run for the processor.
 *
 * <p>Harnesses are started on one long-lived thread of this class: the sandbox dies with the thread
 * that started it (bubblewrap's {@code --die-with-parent} follows the starting thread), and this
 * thread lives as long as the JVM. Thread-safe.
 */
final class HarnessStandby {
  /** How a runner starts its harness in a standby's folders. */
  interface Starter {
    /**
     * Starts the harness in {@code folder}, whose files live under {@code dir}, without its
     * manifest.
     */
    ContainedProcess start(Path dir, BatchFolder folder) throws IOException;
  }

  private final Path root;
  private final Starter starter;

  /**
   * How long after a run the next harness starts: not at once, so that its interpreter's start does
   * not compete for the processor with the end of the run just judged (its report, its record).
   */
  private static final long REFILL_DELAY_MS = 250;

  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("harness-standby").unstarted(r));
  private @Nullable ScheduledFuture<Slot> next;
  private volatile boolean again;

  /**
   * @param root where the standbys' folders are made (each its own, removed with its run)
   */
  HarnessStandby(Path root, Starter starter) {
    this.root = root;
    this.starter = starter;
  }

  /**
   * Starts a harness in the background, unless one is started or starting.
   *
   * @param again also start the next one after each run that takes one, from now on
   */
  void warmUp(boolean again) {
    if (again) {
      this.again = true;
    }
    startNext(0);
  }

  private synchronized void startNext(long delayMs) {
    if (next == null) {
      next = thread.schedule(this::startOne, delayMs, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * The slot of the harness started ahead of time (waiting a moment if it is still being launched),
   * or empty when none was asked for, it could not be started or it has died.
   */
  Optional<Slot> take() throws InterruptedException {
    Future<Slot> taken;
    synchronized (this) {
      ScheduledFuture<Slot> scheduled = next;
      next = null;
      if (scheduled == null) {
        return Optional.empty();
      }
      // a run came before the delayed start: start now rather than wait for the delay
      boolean delayed = scheduled.getDelay(TimeUnit.MILLISECONDS) > 0 && scheduled.cancel(false);
      taken = delayed ? thread.submit(this::startOne) : scheduled;
    }
    Slot slot;
    try {
      slot = taken.get();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
    if (!slot.alive()) {
      slot.close();
      return Optional.empty();
    }
    return Optional.of(slot);
  }

  /**
   * The waiting harness's processes (once it is launched, if it is being launched), for a test that
   * counts what a run left behind.
   */
  List<ProcessHandle> waiting() throws InterruptedException {
    Future<Slot> f;
    synchronized (this) {
      f = next;
    }
    // a delayed start counts as started: a test that looks for leftovers waits for it
    if (f == null) {
      return List.of();
    }
    try {
      return f.get().processes().toList();
    } catch (ExecutionException e) {
      return List.of();
    }
  }

  private Slot startOne() throws IOException {
    Files.createDirectories(root);
    Path dir = Files.createTempDirectory(root, "standby-");
    try {
      BatchFolder folder = BatchFolder.standby(dir);
      ContainedProcess harness =
          starter
              .start(dir, folder)
              .thenOnClose(
                  () -> {
                    // its processes are dead: the folders go on this class's thread, not the run's
                    thread.execute(() -> WorkTree.delete(dir));
                    if (again) {
                      startNext(REFILL_DELAY_MS);
                    }
                  });
      return Slot.waiting(folder, harness);
    } catch (IOException | RuntimeException e) {
      WorkTree.delete(dir);
      throw e;
    }
  }
}
