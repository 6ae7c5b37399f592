package dev.allclose.app.shared;

import dev.allclose.app.Workbench;
import dev.allclose.store.RunSignals;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Wakes whoever follows a run that another process judges (a worker of a shared server) when the
 * run changes, so that a page's poll is answered as the change is written rather than at the next
 * look at the database. On PostgreSQL the workers' writes signal each change ({@link RunSignals});
 * elsewhere, or while the signals are lost, {@link #live} is false and a follower reads on a timer.
 * A wake-up only says "read again": what the follower shows is what it then reads.
 *
 * <p>Every follower of a run shares one future, which completes at the run's next change or when
 * the first follower's wait runs out, and is forgotten once complete: nothing piles up for runs
 * that nobody follows any more. Thread-safe.
 */
public final class RunWatch implements AutoCloseable {
  private final ConcurrentHashMap<String, CompletableFuture<Void>> waiting =
      new ConcurrentHashMap<>();
  private final @Nullable RunSignals signals;

  private RunWatch(Workbench workbench) {
    this.signals = workbench.store().runSignals(this::changed).orElse(null);
  }

  /** Follows the runs of {@code workbench}'s database, in every workspace of it. */
  public static RunWatch of(Workbench workbench) {
    return new RunWatch(workbench);
  }

  /** Whether a change wakes its followers as it is written; if not, they must look on a timer. */
  public boolean live() {
    return signals != null && signals.listening();
  }

  /**
   * A future that completes at the run's next change, or after {@code timeoutMs}, whichever comes
   * first. Ask for it before reading the run: a change written after the read still wakes it.
   */
  public CompletableFuture<Void> next(String runId, long timeoutMs) {
    return waiting.compute(
        runId,
        (id, pending) -> {
          if (pending != null && !pending.isDone()) {
            return pending;
          }
          CompletableFuture<Void> f =
              new CompletableFuture<Void>()
                  .completeOnTimeout(null, timeoutMs, TimeUnit.MILLISECONDS);
          // forgotten once complete, so that runs nobody follows leave nothing behind
          CompletableFuture<Void> unused = f.whenComplete((v, e) -> waiting.remove(id, f));
          return f;
        });
  }

  /** Called on the listener's thread: the followers go on elsewhere, so it returns at once. */
  private void changed(String runId) {
    CompletableFuture<Void> f = waiting.remove(runId);
    if (f != null) {
      ForkJoinPool.commonPool().execute(() -> f.complete(null));
    }
  }

  @Override
  public void close() {
    if (signals != null) {
      signals.close();
    }
  }
}
