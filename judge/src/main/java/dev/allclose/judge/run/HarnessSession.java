package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Event.Fatal;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.harness.protocol.RunCase;
import dev.allclose.judge.report.CaseProgress;
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
  private static final long DRAIN_MS = 500;
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
    long peak = 0;
    try {
      stop = await(null, System.nanoTime(), limits.startupMs()).stop();
      for (int i = 0; stop == null && fatal == null && i < steps.size(); i++) {
        Outcome o = runCase(steps.get(i));
        if (o.run() != null) {
          done.add(o.run());
        }
        stop = o.stop();
      }
      if (stop == null && fatal == null) {
        finish();
      }
    } finally {
      // read before the close, which removes the control group that counted it
      peak = run.peakMemoryKb().orElse(0);
      run.close();
    }
    return new RunOutcome(fatal, done, stop, peak, diagnostics.tail());
  }

  /** How waiting for an event ended: the end event wanted, or why the process stopped. */
  private record Waited(Event.@Nullable End end, @Nullable Stop stop) {}

  /** How a case ended: it ran (and was measured and read), or the process stopped. */
  private record Outcome(@Nullable CaseRun run, @Nullable Stop stop) {}

  private Outcome runCase(CaseStep step) throws InterruptedException {
    try {
      Files.copy(step.source(), step.staged(), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      String why = "cannot stage the input: " + e.getMessage();
      return new Outcome(null, new Stop(Reason.EXITED, step.name(), 0, -1, why));
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
    Event.End end = w.end();
    if (end == null) {
      return new Outcome(null, w.stop());
    }
    double wallMs = (System.nanoTime() - start) / 1e6;
    double cpuMs = Math.max(0, run.tree().cpuMillis() - cpu);
    return new Outcome(collect(step, end, wallMs, cpuMs), null);
  }

  /** Takes the output file the moment the case ended, then clears the case's files. */
  private CaseRun collect(CaseStep step, Event.End end, double wallMs, double cpuMs) {
    long inputBytes = sizeOrZero(step.staged());
    Taken taken = take(step.output());
    deleteQuietly(step.staged());
    deleteQuietly(step.output());
    progress.finished(step.name());
    return new CaseRun(step.name(), end, wallMs, cpuMs, taken.output(), inputBytes + taken.bytes());
  }

  /** An output file as read, with its size on disk. */
  private record Taken(CaseRun.Output output, long bytes) {}

  /**
   * The output file as arrays: a regular file (never a link) no larger than the file budget, whose
   * arrays hold at most four times that once decompressed.
   */
  private Taken take(Path file) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return new Taken(new CaseRun.Output.Missing(), 0);
    } catch (IOException e) {
      return new Taken(new CaseRun.Output.Unreadable(String.valueOf(e.getMessage())), 0);
    }
    if (!attrs.isRegularFile()) {
      return new Taken(new CaseRun.Output.Unreadable("the output file is not a regular file"), 0);
    }
    if (attrs.size() > limits.fileBytes()) {
      String why =
          "the output file is larger than the " + (limits.fileBytes() >> 20) + " MiB allowed";
      return new Taken(new CaseRun.Output.Unreadable(why), attrs.size());
    }
    try (InputStream in =
        new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
      // bounded after decompression: a small deflated archive could expand into gigabytes
      return new Taken(
          new CaseRun.Output.Arrays(Npz.read(in, 4 * limits.fileBytes())), attrs.size());
    } catch (IOException | RuntimeException e) {
      return new Taken(new CaseRun.Output.Unreadable(String.valueOf(e.getMessage())), attrs.size());
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
    long diedAt = 0;
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      Item item = events.next(Math.min(TICK_MS, left));
      if (item instanceof Item.Parsed parsed) {
        Event e = parsed.event();
        if (step == null && e instanceof Event.Ready) {
          return new Waited(null, null);
        }
        if (e instanceof Event.Fatal f && f.phase() != null && (step == null || begun)) {
          fatal = f;
          return step == null
              ? new Waited(null, null)
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
          return new Waited(end, null);
        }
        return stopped(Reason.PROTOCOL, running, startNanos, -1, "unexpected " + describe(e));
      }
      if (item instanceof Item.Broken broken) {
        return stopped(Reason.PROTOCOL, running, startNanos, -1, broken.why());
      }
      if (item instanceof Item.Closed) {
        return exited(running, startNanos);
      }
      if (item == null && !run.process().isAlive()) {
        // the events it wrote before dying may still be on their way: wait for the stream's end,
        // which a child that outlived it (unsandboxed) may hold open, so not for long
        if (diedAt == 0) {
          diedAt = System.nanoTime();
        } else if (System.nanoTime() - diedAt > TimeUnit.MILLISECONDS.toNanos(DRAIN_MS)) {
          return exited(running, startNanos);
        }
        continue;
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
    return new Waited(null, new Stop(reason, running, ms, exit, detail));
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

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the run's folder goes away with the run
    }
  }
}
