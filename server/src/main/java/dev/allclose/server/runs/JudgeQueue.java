package dev.allclose.server.runs;

import dev.allclose.app.AppException;
import dev.allclose.app.ErrorLog;
import dev.allclose.app.Workbench;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.ProblemPackage;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Judges submissions on a fixed pool of worker threads, never on a request thread. At most {@code
 * capacity} jobs wait; beyond that {@link #submit} refuses (the API answers 503). Finished jobs are
 * kept for polling, the most recent {@value #KEPT} of them.
 */
public final class JudgeQueue implements AutoCloseable {
  private static final int KEPT = 500;
  private static final long CLOSE_SECONDS = 10;

  private final Workbench workbench;
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
    // a server judges again and again: each run finds a Python harness that has imported NumPy
    workbench.judging().keepWarm();
  }

  /**
   * Queues a judgement of {@code source}; the job records the submission when it finishes.
   *
   * @throws RejectedExecutionException when the queue is full
   */
  public Job submit(ProblemPackage pkg, String source, String fileName, Mode mode) {
    Job job = new Job(UUID.randomUUID().toString(), pkg.slug(), mode.id(), clock.instant());
    jobs.put(job.id(), job);
    try {
      pool.execute(() -> run(job, pkg, source, fileName, mode));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw e;
    }
    return job;
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
      job.finish(workbench.judging().judge(pkg, source, fileName, mode, job));
    } catch (AppException e) {
      job.fail(String.valueOf(e.getMessage()));
    } catch (Throwable e) { // an Error too (a checker that cannot load): never leave a run running
      log.append(e);
      job.fail("internal error while judging; the details are in " + log.file());
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
