package dev.allclose.server.runs;

import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One judgement requested through the API: queued, running (with the case being judged), then done
 * with a report or failed with a message. Updated by the worker, read by request threads. Each
 * change raises its {@link #version()}, and {@link #changeAfter} lets a poll wait for the next one
 * instead of asking again and again.
 */
public final class Job implements CaseProgress {
  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final @Nullable String workspace;
  private final String problem;
  private final String mode;
  private final Instant created;
  private volatile State state = State.QUEUED;
  private volatile int planned;
  private final java.util.concurrent.atomic.AtomicInteger done =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile @Nullable String currentCase;
  private volatile @Nullable SubmissionReport report;
  private volatile @Nullable String error;
  private final Object changes = new Object();
  private long version;
  private CompletableFuture<Void> nextChange = new CompletableFuture<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();

  /**
   * @param workspace the account's workspace the run belongs to, or null for the server's own
   */
  Job(String id, @Nullable String workspace, String problem, String mode, Instant created) {
    this.id = id;
    this.workspace = workspace;
    this.problem = problem;
    this.mode = mode;
    this.created = created;
  }

  public String id() {
    return id;
  }

  /** The account's workspace the run belongs to, or null for the server's own. */
  public @Nullable String workspace() {
    return workspace;
  }

  public String problem() {
    return problem;
  }

  public String mode() {
    return mode;
  }

  public Instant created() {
    return created;
  }

  public State state() {
    return state;
  }

  public int plannedCases() {
    return planned;
  }

  public int doneCases() {
    return done.get();
  }

  public @Nullable String currentCase() {
    return currentCase;
  }

  public @Nullable SubmissionReport report() {
    return report;
  }

  public @Nullable String error() {
    return error;
  }

  /** How many times the job has changed; a view read after this call is at least this new. */
  public long version() {
    synchronized (changes) {
      return version;
    }
  }

  /**
   * Completes when the job changes after the caller saw {@code seenVersion}: at once when it
   * already has or is over. Each caller gets its own future, free to give up on it.
   */
  public CompletableFuture<Void> changeAfter(long seenVersion) {
    synchronized (changes) {
      if (version != seenVersion || state == State.DONE || state == State.FAILED) {
        return CompletableFuture.completedFuture(null);
      }
      return nextChange.copy();
    }
  }

  /** Completes when the job is done or failed; each caller gets its own future. */
  public CompletableFuture<Void> ended() {
    return ended.copy();
  }

  private void changed() {
    CompletableFuture<Void> waiting;
    synchronized (changes) {
      version++;
      waiting = nextChange;
      nextChange = new CompletableFuture<>();
    }
    waiting.complete(null);
  }

  void running() {
    state = State.RUNNING;
    changed();
  }

  void finish(SubmissionReport r) {
    report = r;
    currentCase = null;
    state = State.DONE;
    changed();
    ended.complete(null);
  }

  void fail(String message) {
    error = message;
    currentCase = null;
    state = State.FAILED;
    changed();
    ended.complete(null);
  }

  @Override
  public void planned(int cases) {
    planned = cases;
    changed();
  }

  @Override
  public void started(String caseName) {
    currentCase = caseName;
    changed();
  }

  @Override
  public void finished(String caseName) {
    done.incrementAndGet();
    changed();
  }
}
