package dev.allclose.server.runs;

import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One judgement requested through the API: queued, running (with the case being judged), then done
 * with a report or failed with a message. Updated by the worker, read by request threads.
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

  Job(String id, String problem, String mode, Instant created) {
    this.id = id;
    this.problem = problem;
    this.mode = mode;
    this.created = created;
  }

  public String id() {
    return id;
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

  void running() {
    state = State.RUNNING;
  }

  void finish(SubmissionReport r) {
    report = r;
    currentCase = null;
    state = State.DONE;
  }

  void fail(String message) {
    error = message;
    currentCase = null;
    state = State.FAILED;
  }

  @Override
  public void planned(int cases) {
    planned = cases;
  }

  @Override
  public void started(String caseName) {
    currentCase = caseName;
  }

  @Override
  public void finished(String caseName) {
    done.incrementAndGet();
  }
}
