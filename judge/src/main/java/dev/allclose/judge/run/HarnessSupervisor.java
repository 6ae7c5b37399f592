package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Watches a running harness: follows its events file, enforces each case's wall-clock allowance
 * from the moment the case begins, drains and bounds stdout/stderr, and kills the whole process
 * tree when a limit is crossed or when the run is over.
 */
public final class HarnessSupervisor {
  private static final long POLL_MS = 10;
  private static final int TAIL_BYTES = 4096;

  private final Process process;
  private final Path eventsFile;
  private final Map<String, Long> allowanceMs;
  private final ProcessLimits limits;
  private final CaseProgress progress;
  private final List<Event> events = new ArrayList<>();
  private final AtomicLong captured = new AtomicLong();
  private final AtomicBoolean overflow = new AtomicBoolean();
  private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
  private final java.util.Set<ProcessHandle> seen = new java.util.HashSet<>();
  private long offset;
  private long lastSnapshot;
  private final StringBuilder partial = new StringBuilder();

  /**
   * @param allowanceMs wall time each case may take from its {@code begin} event until its {@code
   *     end}, by case name
   */
  public HarnessSupervisor(
      Process process,
      Path eventsFile,
      Map<String, Long> allowanceMs,
      ProcessLimits limits,
      CaseProgress progress) {
    this.process = process;
    this.eventsFile = eventsFile;
    this.allowanceMs = Map.copyOf(allowanceMs);
    this.limits = limits;
    this.progress = progress;
  }

  public RunOutcome supervise() throws IOException, InterruptedException {
    Thread out = drain(process.getInputStream());
    Thread err = drain(process.getErrorStream());
    String running = null;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.startupMs());
    RunOutcome.Termination termination = null;
    try {
      while (termination == null) {
        boolean exited = process.waitFor(POLL_MS, TimeUnit.MILLISECONDS);
        for (Event e : readNewEvents()) {
          events.add(e);
          switch (e.event()) {
            case "begin" -> {
              running = e.caseName();
              deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(allowance(running));
              progress.started(String.valueOf(running));
            }
            case "end" -> {
              running = null;
              deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.startupMs());
              progress.finished(String.valueOf(e.caseName()));
            }
            default -> {}
          }
        }
        snapshotDescendants();
        if (exited) {
          termination =
              finishedCleanly()
                  ? RunOutcome.Termination.FINISHED
                  : RunOutcome.Termination.EXITED_EARLY;
        } else if (overflow.get()) {
          termination = RunOutcome.Termination.OUTPUT_OVERFLOW;
        } else if (System.nanoTime() > deadline) {
          termination = RunOutcome.Termination.TIMED_OUT;
        }
      }
    } finally {
      killTree();
    }
    out.join(1000);
    err.join(1000);
    int exit = process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    events.addAll(readNewEvents());
    if (termination == RunOutcome.Termination.EXITED_EARLY && finishedCleanly()) {
      termination = RunOutcome.Termination.FINISHED;
    }
    return new RunOutcome(events, termination, endedOrNull(running), exit, tailText());
  }

  /** A case whose end arrived with the last read is no longer running. */
  private @Nullable String endedOrNull(@Nullable String running) {
    for (Event e : events) {
      if (e.event().equals("end") && running != null && running.equals(e.caseName())) {
        return null;
      }
    }
    return running;
  }

  private long allowance(@Nullable String caseName) {
    Long ms = caseName == null ? null : allowanceMs.get(caseName);
    return ms == null ? limits.startupMs() : ms;
  }

  private boolean finishedCleanly() {
    return events.stream().anyMatch(e -> e.event().equals("done") || e.event().equals("fatal"));
  }

  private List<Event> readNewEvents() throws IOException {
    List<Event> fresh = new ArrayList<>();
    if (!Files.exists(eventsFile)) {
      return fresh;
    }
    try (RandomAccessFile f = new RandomAccessFile(eventsFile.toFile(), "r")) {
      long length = f.length();
      if (length <= offset) {
        return fresh;
      }
      byte[] bytes = new byte[(int) Math.min(length - offset, 64L << 20)];
      f.seek(offset);
      f.readFully(bytes);
      offset += bytes.length;
      partial.append(new String(bytes, StandardCharsets.UTF_8));
    }
    int newline;
    while ((newline = partial.indexOf("\n")) >= 0) {
      String line = partial.substring(0, newline);
      partial.delete(0, newline + 1);
      if (!line.isBlank()) {
        try {
          fresh.add(Protocol.mapper().readValue(line, Event.class));
        } catch (IOException malformed) {
          // Not written by the harness (a solution can reach the file): ignore it.
        }
      }
    }
    return fresh;
  }

  private Thread drain(InputStream stream) {
    Thread t =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  byte[] buffer = new byte[8192];
                  try (stream) {
                    int n;
                    while ((n = stream.read(buffer)) > 0) {
                      keepTail(buffer, n);
                      if (captured.addAndGet(n) > limits.captureBytes()) {
                        overflow.set(true);
                      }
                    }
                  } catch (IOException closed) {
                    // the process is gone
                  }
                });
    return t;
  }

  private synchronized void keepTail(byte[] buffer, int n) {
    tail.write(buffer, 0, n);
    if (tail.size() > 4 * TAIL_BYTES) {
      byte[] all = tail.toByteArray();
      tail.reset();
      tail.write(all, all.length - TAIL_BYTES, TAIL_BYTES);
    }
  }

  private synchronized String tailText() {
    byte[] all = tail.toByteArray();
    int from = Math.max(0, all.length - TAIL_BYTES);
    return new String(all, from, all.length - from, StandardCharsets.UTF_8);
  }

  /**
   * Remembers the process's descendants every quarter second: a child that outlives its parent is
   * re-parented and would otherwise escape {@link #killTree}.
   */
  private void snapshotDescendants() {
    long now = System.nanoTime();
    if (now - lastSnapshot > TimeUnit.MILLISECONDS.toNanos(250)) {
      lastSnapshot = now;
      process.descendants().forEach(seen::add);
    }
  }

  /** Kills the process and everything it started; a solution's stray children die with it. */
  private void killTree() {
    process.descendants().forEach(seen::add);
    seen.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
