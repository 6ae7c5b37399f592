package dev.allclose.server.runs;

import dev.allclose.app.AppException;
import dev.allclose.app.DatabaseOutage;
import dev.allclose.app.ErrorLog;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunMessage;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.Runs;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Judges submissions on a fixed pool of worker threads, never on a request thread. At most {@code
 * capacity} jobs wait; beyond that {@link #submit} refuses (the API answers 503). Finished jobs are
 * kept for polling, the most recent {@value #KEPT} of them. Every run is stored before it is
 * queued, so a server starting again judges the runs a previous one left.
 *
 * <p>With a broker (a shared server's RabbitMQ) nothing is judged here: each stored run is
 * published for the workers, and its progress is read back from the database.
 */
public final class JudgeQueue implements AutoCloseable {
  private static final int KEPT = 500;
  private static final long CLOSE_SECONDS = 10;

  /** How long an ended run stays stored for a late poll (its submission stays for good). */
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private final Workbench workbench;
  private final @Nullable RunQueue broker;
  private final Clock clock;
  private final ErrorLog log;
  private final ThreadPoolExecutor pool;
  private final Map<String, Job> jobs =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
              return size() > KEPT;
            }
          });

  public JudgeQueue(Workbench workbench, Clock clock, int workers, int capacity, ErrorLog log) {
    this(workbench, clock, workers, capacity, log, null);
  }

  /**
   * @param broker where runs go to be judged by workers elsewhere (a shared server's RabbitMQ), or
   *     null to judge them here, on {@code workers} threads
   */
  public JudgeQueue(
      Workbench workbench,
      Clock clock,
      int workers,
      int capacity,
      ErrorLog log,
      @Nullable RunQueue broker) {
    this.broker = broker;
    this.workbench = workbench;
    this.clock = clock;
    this.log = log;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(capacity),
            r -> Thread.ofPlatform().daemon().name("judge-" + n.incrementAndGet()).unstarted(r));
    workbench.judging().forgetRunsEndedBefore(clock.instant().minus(FORGET_AFTER));
    if (broker == null) {
      // a server judges again and again: each run finds a Python harness that has imported NumPy
      workbench.judging().keepWarm();
      resume();
    } else {
      republish(broker);
    }
  }

  /**
   * Stores a run of {@code source} and queues its judgement; the job records the submission with
   * the run's end when it finishes.
   *
   * @throws RejectedExecutionException when the queue is full (nothing is stored then)
   */
  public Job submit(ProblemPackage pkg, String source, String fileName, Mode mode) {
    if (broker != null) {
      return publish(broker, pkg, source, fileName, mode);
    }
    if (pool.getQueue().remainingCapacity() == 0) {
      throw new RejectedExecutionException("the queue is full");
    }
    String id = workbench.judging().accept(pkg, source, fileName, mode);
    Job job = new Job(id, pkg.slug(), mode.id(), clock.instant());
    try {
      queue(job, pkg, source, fileName, mode);
    } catch (RejectedExecutionException e) {
      workbench.judging().failRun(id, "the judge was busy; submit again");
      throw e;
    }
    return job;
  }

  private void queue(Job job, ProblemPackage pkg, String source, String fileName, Mode mode) {
    jobs.put(job.id(), job);
    try {
      pool.execute(() -> run(job, pkg, source, fileName, mode));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw e;
    }
  }

  /**
   * Queues the runs a previous server accepted and did not end (it stopped, or was killed): every
   * run answered with 202 gets its verdict. Runs beyond the queue's capacity stay stored for the
   * next start; a run whose problem left the catalog fails, saying so.
   */
  private void resume() {
    for (Runs.RunRecord r : workbench.judging().queuedRuns()) {
      ProblemPackage pkg;
      Mode mode;
      try {
        pkg = workbench.problem(r.problem());
        mode = Mode.fromId(r.mode());
      } catch (AppException | IllegalArgumentException e) {
        workbench.judging().failRun(r.id(), "cannot judge it any more: " + e.getMessage());
        continue;
      }
      try {
        queue(
            new Job(r.id(), r.problem(), r.mode(), r.createdAt()), pkg, r.source(), r.file(), mode);
      } catch (RejectedExecutionException e) {
        return;
      }
    }
  }

  /**
   * Stores the run and publishes it for the workers; the job returned is this moment's view only
   * (the run's progress is then in the database).
   *
   * @throws AppException (unavailable) when the queue did not take it; the run is then failed
   */
  private Job publish(
      RunQueue queue, ProblemPackage pkg, String source, String fileName, Mode mode) {
    String id = workbench.judging().accept(pkg, source, fileName, mode);
    try {
      queue.publish(new RunMessage(id, pkg.slug(), workbench.judging().packageVersion(pkg)));
    } catch (AppException e) {
      workbench.judging().failRun(id, String.valueOf(e.getMessage()));
      throw e;
    }
    return new Job(id, pkg.slug(), mode.id(), clock.instant());
  }

  /**
   * Publishes again the runs still queued in the database: the server may have stopped between
   * storing a run and publishing it. A run published twice is judged once (see {@link
   * dev.allclose.app.shared.RunWorker}).
   */
  private void republish(RunQueue queue) {
    for (Runs.RunRecord r : workbench.judging().queuedRuns()) {
      try {
        ProblemPackage pkg = workbench.problem(r.problem());
        queue.publish(new RunMessage(r.id(), r.problem(), workbench.judging().packageVersion(pkg)));
      } catch (AppException e) {
        workbench.judging().failRun(r.id(), "cannot queue it again: " + e.getMessage());
      }
    }
  }

  public Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Jobs waiting for a worker. */
  public int waiting() {
    return pool.getQueue().size();
  }

  private void run(Job job, ProblemPackage pkg, String source, String fileName, Mode mode) {
    job.running();
    try {
      job.finish(workbench.judging().judgeRun(job.id(), pkg, source, fileName, mode, job));
    } catch (AppException e) {
      job.fail(String.valueOf(e.getMessage()));
    } catch (Throwable e) { // an Error too (a checker that cannot load): never leave a run running
      log.append(e);
      String why = "internal error while judging; the details are in " + log.file();
      if (!DatabaseOutage.causes(e)) {
        failStored(job.id(), why);
      } // else it stays queued in the database, to be judged when a server starts again
      job.fail(why);
    }
  }

  private void failStored(String id, String why) {
    try {
      workbench.judging().failRun(id, why);
    } catch (RuntimeException e) {
      log.append(e);
    }
  }

  /** Interrupts the runs in progress and waits a little for them to be recorded. */
  @Override
  public void close() {
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS)) {
        log.append(new IllegalStateException("a judging thread outlived the server's close"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
