package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Event.Fatal;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.harness.protocol.RunCase;
import dev.allclose.judge.run.EventStream.Item;
import dev.allclose.judge.run.RunOutcome.Reason;
import dev.allclose.judge.run.RunOutcome.Stop;
import dev.allclose.numeric.Npz;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Drives one harness process through its cases and measures each one itself.
 *
 * <p>For each case the judge copies its input into the folder the harness reads, notes its own
 * clock and the run's CPU time, asks for the case on the harness's standard input, and waits for
 * the case's end event; it then takes the output file's bytes at once and removes the input. So a
 * solution sees the inputs of one case at a time, cannot start a case early or finish one late, and
 * its own account of its time is never used. While it waits, the session enforces the case's wall
 * allowance, the diagnostic-output cap and the size of the writable folders, and it stops at the
 * first event that breaks the protocol. Whatever happens, the run's processes are killed when the
 * session ends. Not thread-safe: one thread drives one session.
 */
public final class HarnessSession {
  private static final long TICK_MS = 50;
  private static final long QUOTA_EVERY_MS = 250;
  private static final long FINISH_MS = 5_000;
  private static final int MAX_WATCHED_ENTRIES = 10_000;

  private final ContainedProcess run;
  private final ProcessLimits limits;
  private final List<Path> watched;
  private final CaseProgress progress;
  private final EventStream events;
  private final DiagnosticStream diagnostics;
  private final OutputStream commands;
  private long lastQuotaCheck;
  private @Nullable Fatal fatal;

  /**
   * @param watched the writable folders whose total size is held to {@link
   *     ProcessLimits#fileBytes()}
   */
  public HarnessSession(
      ContainedProcess run, ProcessLimits limits, List<Path> watched, CaseProgress progress) {
    this.run = run;
    this.limits = limits;
    this.watched = List.copyOf(watched);
    this.progress = progress;
    Process p = run.process();
    this.events = new EventStream(p.getInputStream());
    this.diagnostics = new DiagnosticStream(p.getErrorStream(), limits.captureBytes());
    this.commands = p.getOutputStream();
  }

  /** Runs the cases in order until one stops the process; always kills the run at the end. */
  public RunOutcome drive(List<CaseStep> steps) throws InterruptedException {
    List<CaseRun> done = new ArrayList<>();
    Stop stop = null;
    try {
      Waited ready = await(null, System.nanoTime(), limits.startupMs());
      stop = ready.stop();
      for (int i = 0; stop == null && fatal == null && i < steps.size(); i++) {
        CaseStep step = steps.get(i);
        Waited w = runCase(step);
        if (w.end() != null) {
          done.add(collect(step, w));
        }
        stop = w.stop();
      }
      if (stop == null && fatal == null) {
        finish();
      }
    } finally {
      run.close();
    }
    long peak = run.peakMemoryKb().orElse(0);
    return new RunOutcome(fatal, done, stop, peak, diagnostics.tail());
  }

  /** How waiting for an event ended: the event wanted, or a reason the process stopped. */
  private record Waited(
      Event.@Nullable End end, @Nullable Stop stop, long startNanos, double startCpuMs) {}

  private Waited runCase(CaseStep step) throws InterruptedException {
    try {
      Files.copy(step.source(), step.staged(), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      return new Waited(
          null,
          new Stop(Reason.EXITED, step.name(), 0, -1, "cannot stage the input: " + e.getMessage()),
          System.nanoTime(),
          0);
    }
    double cpu = run.tree().cpuMillis();
    long start = System.nanoTime();
    try {
      commands.write(
          (Protocol.mapper().writeValueAsString(new RunCase(step.name())) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      commands.flush();
    } catch (IOException e) {
      // the harness is gone; the event stream says how
    }
    Waited w = await(step, start, step.allowanceMs());
    return new Waited(w.end(), w.stop(), start, cpu);
  }

  /** Takes what the judge measures and the output file, then clears the case's files. */
  private CaseRun collect(CaseStep step, Waited w) {
    double wallMs = (System.nanoTime() - w.startNanos()) / 1e6;
    double cpuMs = Math.max(0, run.tree().cpuMillis() - w.startCpuMs());
    long[] size = {0};
    CaseRun.Output output = readOutput(step.output(), size);
    deleteQuietly(step.staged());
    deleteQuietly(step.output());
    progress.finished(step.name());
    return new CaseRun(
        step.name(), Objects.requireNonNull(w.end()), wallMs, cpuMs, output, size[0]);
  }

  /**
   * The output file as arrays: a regular file (never a link) no larger than the file budget, whose
   * arrays hold at most four times that once decompressed.
   */
  private CaseRun.Output readOutput(Path file, long[] size) {
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      size[0] = attrs.size();
      if (!attrs.isRegularFile()) {
        return new CaseRun.Output.Unreadable("the output file is not a regular file");
      }
      if (attrs.size() > limits.fileBytes()) {
        return new CaseRun.Output.Unreadable(
            "the output file is larger than the " + (limits.fileBytes() >> 20) + " MiB allowed");
      }
      try (InputStream in =
          new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
        // bounded after decompression: a small deflated archive could expand into gigabytes
        return new CaseRun.Output.Arrays(Npz.read(in, 4 * limits.fileBytes()));
      }
    } catch (NoSuchFileException e) {
      return new CaseRun.Output.Missing();
    } catch (IOException | RuntimeException e) {
      return new CaseRun.Output.Unreadable(String.valueOf(e.getMessage()));
    }
  }

  /** Closes the harness's input so it reports done and exits; waits a little for that. */
  private void finish() throws InterruptedException {
    try {
      commands.close();
    } catch (IOException e) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FINISH_MS);
    while (System.nanoTime() < deadline) {
      Item item = events.next(TICK_MS);
      if (item instanceof Item.Closed
          || item instanceof Item.Broken
          || (item instanceof Item.Parsed p && p.event() instanceof Event.Done)) {
        return;
      }
    }
  }

  /**
   * Waits for the event that ends the current phase: {@code ready} before any case (when {@code
   * step} is null), else the step's {@code end}.
   */
  private Waited await(@Nullable CaseStep step, long startNanos, long allowanceMs)
      throws InterruptedException {
    String running = step == null ? null : step.name();
    long deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(allowanceMs);
    boolean begun = false;
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      Item item = events.next(Math.min(TICK_MS, left));
      if (item instanceof Item.Parsed parsed) {
        Event e = parsed.event();
        if (step == null && e instanceof Event.Ready) {
          return new Waited(null, null, startNanos, 0);
        }
        if (e instanceof Event.Fatal f && f.phase() != null && (step == null || begun)) {
          fatal = f;
          return step == null
              ? new Waited(null, null, startNanos, 0)
              : stopped(Reason.EXITED, running, startNanos, -1, String.valueOf(f.message()));
        }
        if (step != null
            && !begun
            && e instanceof Event.Begin b
            && step.name().equals(b.caseName())) {
          begun = true;
          progress.started(step.name());
          continue;
        }
        if (step != null
            && e instanceof Event.End end
            && step.name().equals(end.caseName())
            && end.status() != null) {
          return new Waited(end, null, startNanos, 0);
        }
        return stopped(Reason.PROTOCOL, running, startNanos, -1, "unexpected " + describe(e));
      }
      if (item instanceof Item.Broken broken) {
        return stopped(Reason.PROTOCOL, running, startNanos, -1, broken.why());
      }
      if (item instanceof Item.Closed || !run.process().isAlive()) {
        return exited(running, startNanos);
      }
      Reason over = overLimit();
      if (over != null) {
        return stopped(over, running, startNanos, -1, "");
      }
      if (System.nanoTime() > deadline) {
        Reason r = step == null ? Reason.STARTUP_TIMED_OUT : Reason.TIMED_OUT;
        return stopped(r, running, startNanos, -1, "");
      }
    }
  }

  private Waited exited(@Nullable String running, long startNanos) throws InterruptedException {
    Process p = run.process();
    int exit = p.waitFor(2, TimeUnit.SECONDS) ? p.exitValue() : -1;
    Reason reason = run.killedForMemory() ? Reason.MEMORY_KILLED : Reason.EXITED;
    return stopped(reason, running, startNanos, exit, "");
  }

  private Waited stopped(
      Reason reason, @Nullable String running, long startNanos, int exit, String detail) {
    double ms = (System.nanoTime() - startNanos) / 1e6;
    return new Waited(null, new Stop(reason, running, ms, exit, detail), startNanos, 0);
  }

  private @Nullable Reason overLimit() {
    if (diagnostics.overflowed()) {
      return Reason.OUTPUT_OVERFLOW;
    }
    long now = System.nanoTime();
    if (now - lastQuotaCheck < TimeUnit.MILLISECONDS.toNanos(QUOTA_EVERY_MS)) {
      return null;
    }
    lastQuotaCheck = now;
    if (run.killedForMemory()) {
      return Reason.MEMORY_KILLED;
    }
    return FolderUsage.exceeds(watched, limits.fileBytes(), MAX_WATCHED_ENTRIES)
        ? Reason.FILES_OVERFLOW
        : null;
  }

  private static String describe(Event e) {
    return switch (e) {
      case Event.Ready r -> "ready event";
      case Event.Begin b -> "begin event for case " + b.caseName();
      case Event.End end -> "end event for case " + end.caseName();
      case Event.Fatal f -> "fatal event";
      case Event.Done d -> "done event";
    };
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the run's folder goes away with the run
    }
  }
}
