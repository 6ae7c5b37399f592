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
import java.util.Objects;
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

  /**
   * Runs one account of a shared server may have waiting or running at once: a burst from one user
   * then cannot fill the queue ahead of everyone else.
   */
  public static final int PER_ACCOUNT = 3;

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
    if (broker == null) {
      // a server judges again and again: each run finds a Python harness that has imported NumPy
      workbench.judging().keepWarm();
    }
    adopt(workbench);
  }

  /**
   * Takes over what a previous server left in {@code data} (the server's own database, or an
   * account's workspace): forgets runs ended long ago, and judges (or publishes again) the runs
   * still queued. A shared server calls it for every account's workspace when it starts.
   */
  public void adopt(Workbench data) {
    data.judging().forgetRunsEndedBefore(clock.instant().minus(FORGET_AFTER));
    if (broker == null) {
      resume(data);
    } else {
      republish(broker, data);
    }
  }

  /**
   * Stores a run of {@code source} and queues its judgement; the job records the submission with
   * the run's end when it finishes.
   *
   * @throws RejectedExecutionException when the queue is full (nothing is stored then)
   */
  public Job submit(ProblemPackage pkg, String source, String fileName, Mode mode) {
    return submit(workbench, pkg, source, fileName, mode);
  }

  /**
   * As above, for the data of {@code data}: the server's own, or an account's workspace, which may
   * have at most {@value #PER_ACCOUNT} runs waiting or running at once.
   *
   * @throws AppException (limited) when the account has that many
   */
  public Job submit(Workbench data, ProblemPackage pkg, String source, String fileName, Mode mode) {
    if (data.workspaceName() != null) {
      checkCap(data);
    }
    if (broker != null) {
      return publish(broker, data, pkg, source, fileName, mode);
    }
    if (pool.getQueue().remainingCapacity() == 0) {
      throw new RejectedExecutionException("the queue is full");
    }
    String id = data.judging().accept(pkg, source, fileName, mode);
    Job job = new Job(id, data.workspaceName(), pkg.slug(), mode.id(), clock.instant());
    try {
      queue(data, job, pkg, source, fileName, mode);
    } catch (RejectedExecutionException e) {
      data.judging().failRun(id, "the judge was busy; submit again");
      throw e;
    }
    return job;
  }

  /**
   * Refuses a run to an account that has {@value #PER_ACCOUNT} waiting or running: counted in
   * memory when this server judges, in the workspace's queued runs when workers do.
   */
  private void checkCap(Workbench data) {
    long active;
    if (broker == null) {
      synchronized (jobs) {
        active =
            jobs.values().stream()
                .filter(j -> Objects.equals(j.workspace(), data.workspaceName()))
                .filter(j -> j.state() == Job.State.QUEUED || j.state() == Job.State.RUNNING)
                .count();
      }
    } else {
      active = data.judging().queuedRunCount();
    }
    if (active >= PER_ACCOUNT) {
      throw AppException.limited(
          "you have "
              + active
              + " runs waiting for the judge, the most one account may have; submit again once"
              + " one has its verdict");
    }
  }

  private void queue(
      Workbench data, Job job, ProblemPackage pkg, String source, String fileName, Mode mode) {
    jobs.put(key(job.workspace(), job.id()), job);
    try {
      pool.execute(() -> run(data, job, pkg, source, fileName, mode));
    } catch (RejectedExecutionException e) {
      jobs.remove(key(job.workspace(), job.id()));
      throw e;
    }
  }

  /** Jobs are kept by workspace and id: a run of one account is not another's to poll. */
  private static String key(@Nullable String workspace, String id) {
    return (workspace == null ? "" : workspace) + "/" + id;
  }

  /**
   * Queues the runs a previous server accepted and did not end (it stopped, or was killed): every
   * run answered with 202 gets its verdict. Runs beyond the queue's capacity stay stored for the
   * next start; a run whose problem left the catalog fails, saying so.
   */
  private void resume(Workbench data) {
    for (Runs.RunRecord r : data.judging().queuedRuns()) {
      ProblemPackage pkg;
      Mode mode;
      try {
        pkg = data.problem(r.problem());
        mode = Mode.fromId(r.mode());
      } catch (AppException | IllegalArgumentException e) {
        data.judging().failRun(r.id(), "cannot judge it any more: " + e.getMessage());
        continue;
      }
      try {
        queue(
            data,
            new Job(r.id(), data.workspaceName(), r.problem(), r.mode(), r.createdAt()),
            pkg,
            r.source(),
            r.file(),
            mode);
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
      RunQueue queue,
      Workbench data,
      ProblemPackage pkg,
      String source,
      String fileName,
      Mode mode) {
    String id = data.judging().accept(pkg, source, fileName, mode);
    try {
      queue.publish(message(data, id, pkg));
    } catch (AppException e) {
      data.judging().failRun(id, String.valueOf(e.getMessage()));
      throw e;
    }
    return new Job(id, data.workspaceName(), pkg.slug(), mode.id(), clock.instant());
  }

  private static RunMessage message(Workbench data, String runId, ProblemPackage pkg) {
    return new RunMessage(
        runId, data.workspaceName(), pkg.slug(), data.judging().packageVersion(pkg));
  }

  /**
   * Publishes again the runs still queued in the database: the server may have stopped between
   * storing a run and publishing it. A run published twice is judged once (see {@link
   * dev.allclose.app.shared.RunWorker}).
   */
  private void republish(RunQueue queue, Workbench data) {
    for (Runs.RunRecord r : data.judging().queuedRuns()) {
      try {
        queue.publish(message(data, r.id(), data.problem(r.problem())));
      } catch (AppException e) {
        data.judging().failRun(r.id(), "cannot queue it again: " + e.getMessage());
      }
    }
  }

  public Optional<Job> get(String id) {
    return get(workbench, id);
  }

  /** A run of {@code data}'s that this server holds in memory. */
  public Optional<Job> get(Workbench data, String id) {
    return Optional.ofNullable(jobs.get(key(data.workspaceName(), id)));
  }

  /** Jobs waiting for a worker. */
  public int waiting() {
    return pool.getQueue().size();
  }

  private void run(
      Workbench data, Job job, ProblemPackage pkg, String source, String fileName, Mode mode) {
    job.running();
    try {
      job.finish(data.judging().judgeRun(job.id(), pkg, source, fileName, mode, job));
    } catch (AppException e) {
      job.fail(String.valueOf(e.getMessage()));
    } catch (Throwable e) { // an Error too (a checker that cannot load): never leave a run running
      log.append(e);
      String why = "internal error while judging; the details are in " + log.file();
      if (!DatabaseOutage.causes(e)) {
        failStored(data, job.id(), why);
      } // else it stays queued in the database, to be judged when a server starts again
      job.fail(why);
    }
  }

  private void failStored(Workbench data, String id, String why) {
    try {
      data.judging().failRun(id, why);
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
