package dev.allclose.app.shared;

import dev.allclose.app.AppException;
import dev.allclose.app.DatabaseOutage;
import dev.allclose.app.ErrorLog;
import dev.allclose.app.Workbench;
import dev.allclose.app.judging.Judging;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.store.Runs;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Judges the runs of a shared server that the queue hands it: in the sandbox, from the database
 * both share. A run is judged only while it is still queued there, so a run delivered twice (its
 * first worker died before acknowledging it, or the server published it again after a restart) is
 * judged and recorded once; its report and its end are stored before the message is acknowledged.
 * Its progress goes to the database, where the server that accepted it follows it.
 */
public final class RunWorker implements RunQueue.Handler {
  private static final long OUTAGE_PAUSE_MS = 1_000;
  private static final long PROGRESS_MS = 150;

  private final Workbench workbench;
  private final String name;
  private final ErrorLog log;

  /**
   * @param name how this worker is named on the runs it takes ({@code host:pid})
   */
  public RunWorker(Workbench workbench, String name) {
    this.workbench = workbench;
    this.name = name;
    this.log = new ErrorLog(workbench.home());
  }

  @Override
  public boolean handle(RunMessage message) {
    String workspace = message.workspace();
    Workbench data = workspace == null ? workbench : workbench.workspace(workspace);
    Judging judging = data.judging();
    try {
      Optional<Judging.StoredRun> stored = judging.run(message.runId());
      if (stored.isEmpty() || !stored.get().run().state().equals(Runs.State.QUEUED.id())) {
        return true; // judged already, or forgotten: nothing to do
      }
      Runs.RunRecord run = stored.get().run();
      ProblemPackage pkg;
      Mode mode;
      try {
        pkg = data.problem(run.problem());
        mode = Mode.fromId(run.mode());
      } catch (AppException | IllegalArgumentException e) {
        judging.failRun(run.id(), "this worker cannot judge it: " + e.getMessage());
        return true;
      }
      String version = judging.packageVersion(pkg);
      if (!version.equals(message.packageVersion())) {
        judging.failRun(
            run.id(),
            "worker "
                + name
                + " has another version of "
                + run.problem()
                + " ("
                + version
                + ") than the server ("
                + message.packageVersion()
                + "); run the same build of Allclose on the server and its workers");
        return true;
      }
      judging.judgeRun(run.id(), pkg, run.source(), run.file(), mode, progress(judging, run.id()));
      return true;
    } catch (AppException e) {
      if (e.kind() == AppException.Kind.INVALID) {
        return true; // the judge refused the solution; judgeRun recorded why
      }
      return retryLater(e);
    } catch (RuntimeException e) {
      if (DatabaseOutage.causes(e)) {
        return retryLater(e);
      }
      log.append(e);
      try {
        judging.failRun(message.runId(), "internal error in worker " + name + "; see its log");
      } catch (RuntimeException again) {
        log.append(again);
      }
      return true;
    }
  }

  /** Hands the run back to the queue after a pause, for this or another worker to try again. */
  private boolean retryLater(Exception e) {
    log.append(e);
    try {
      Thread.sleep(OUTAGE_PAUSE_MS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** Writes the run's progress for the server that follows it. */
  private CaseProgress progress(Judging judging, String runId) {
    AtomicInteger planned = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicLong lastWrite = new AtomicLong();
    return new CaseProgress() {
      @Override
      public void planned(int cases) {
        planned.set(cases);
        report(null, true);
      }

      @Override
      public void started(String caseName) {
        report(caseName, false);
      }

      @Override
      public void finished(String caseName) {
        finished.incrementAndGet();
        report(null, false);
      }

      /**
       * Writes the progress at most every {@value #PROGRESS_MS} ms: the page polls the database
       * about as often, and a write per case start and end (two dozen commits a run) cost the
       * database more than the page gains under load. The run's end is written with its verdict.
       */
      private void report(@Nullable String current, boolean always) {
        long now = System.nanoTime();
        long last = lastWrite.get();
        if (!always && now - last < TimeUnit.MILLISECONDS.toNanos(PROGRESS_MS)) {
          return;
        }
        lastWrite.set(now);
        try {
          judging.reportProgress(runId, name, planned.get(), finished.get(), current);
        } catch (RuntimeException e) {
          // progress is for show; the verdict is stored at the end whatever happens here
        }
      }
    };
  }
}
