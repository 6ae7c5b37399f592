package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where one harness process of a run works: its {@link BatchFolder}, and, when the runner keeps
 * harnesses started ahead of time, the one waiting in those folders for its manifest. The runner's
 * {@code start} takes the waiting harness over; a slot closed before that kills it, so a run that
 * fails before it starts leaves nothing behind.
 */
public final class Slot implements AutoCloseable {
  private final BatchFolder folder;
  private @Nullable ContainedProcess waiting;

  private Slot(BatchFolder folder, @Nullable ContainedProcess waiting) {
    this.folder = folder;
    this.waiting = waiting;
  }

  /** New, empty folders of batch {@code index} under {@code runDir}, and no process yet. */
  public static Slot fresh(Path runDir, int index) throws IOException {
    return new Slot(BatchFolder.create(runDir, index), null);
  }

  /** The folders of a harness already started in them, waiting for its manifest. */
  static Slot waiting(BatchFolder folder, ContainedProcess harness) {
    return new Slot(folder, harness);
  }

  public BatchFolder folder() {
    return folder;
  }

  /** Whether a harness already waits in this slot. */
  public boolean started() {
    return waiting != null;
  }

  /** Whether the waiting harness is still there to take. */
  synchronized boolean alive() {
    return waiting != null && waiting.process().isAlive();
  }

  /** The waiting harness's processes (none once it is taken). */
  synchronized java.util.stream.Stream<ProcessHandle> processes() {
    if (waiting == null) {
      return java.util.stream.Stream.empty();
    }
    ProcessHandle h = waiting.process().toHandle();
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(h), h.descendants().toList().stream());
  }

  /** Hands the waiting harness over to the caller, who closes it from then on. */
  synchronized ContainedProcess claim() {
    ContainedProcess p = waiting;
    if (p == null) {
      throw new IllegalStateException("no harness waits in " + folder.scratch());
    }
    waiting = null;
    return p;
  }

  @Override
  public synchronized void close() {
    if (waiting != null) {
      waiting.close();
      waiting = null;
    }
  }
}
