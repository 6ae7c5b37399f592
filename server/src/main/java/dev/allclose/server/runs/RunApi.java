package dev.allclose.server.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.app.judging.Judging;
import dev.allclose.app.practice.Practice;
import dev.allclose.app.shared.RunWatch;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.ReportJson;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import dev.allclose.store.Runs;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs and submissions from the editor: {@code POST /api/problems/{ref}/runs} queues a judgement
 * and answers 202 at once; {@code GET /api/runs/{id}} reports its progress and, when done, the same
 * report object {@code submit --json} prints. {@code GET /api/runs/{id}?after=VERSION} answers as
 * soon as the run has moved on from the view of that version (or after {@value #WAIT_SECONDS}
 * seconds unchanged), so a page learns of a verdict the moment it is ready without asking every few
 * hundred milliseconds; the wait holds no thread. A change of progress is answered after {@value
 * #PROGRESS_MS} ms, or at the run's end if that comes sooner, so that a run of many quick cases
 * costs a few round trips, not one per case.
 */
public final class RunApi {
  private static final int MAX_SOURCE = 1_000_000;
  static final int WAIT_SECONDS = 10;
  static final int PROGRESS_MS = 100;

  /**
   * How often a poll of a stored run that has not ended looks at the database again when nothing
   * tells it of the run's changes (SQLite, or the signals are lost).
   */
  static final int STORED_POLL_MS = 150;

  /**
   * How often it looks anyway while the database signals each change ({@link RunWatch#live}): a
   * safety net for a signal lost as the listener reconnects, not the way changes arrive.
   */
  static final int SIGNALLED_POLL_MS = 2_000;

  private final ServerContext app;

  public RunApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.post("/api/problems/{ref}/runs", this::start);
    server.get("/api/runs/{id}", this::status);
  }

  record RunRequest(@Nullable String language, @Nullable String source, @Nullable String mode) {}

  /** A run as the page polls it. */
  public record RunView(
      String id,
      long version,
      String problem,
      String mode,
      String state,
      int plannedCases,
      int doneCases,
      @Nullable String currentCase,
      @Nullable JsonNode report,
      @Nullable String error) {}

  private void start(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    RunRequest req =
        Bodies.read(
            ctx,
            RunRequest.class,
            "{\"language\": \"python\", \"source\": \"...\", \"mode\": \"test\"}");
    Language language = Practice.supported(p, req.language());
    String source = req.source();
    if (source == null || source.isBlank()) {
      throw ApiError.badRequest("the run needs the solution's \"source\"");
    }
    if (source.length() > MAX_SOURCE) {
      throw new ApiError(413, "a solution may hold at most 1,000,000 characters");
    }
    Mode mode = mode(req.mode());
    String fileName =
        p.starter(language)
            .map(f -> String.valueOf(f.getFileName()).replace("/", ""))
            .orElse("solution" + language.extension());
    try {
      Job job = app.queue().submit(app.workbench(ctx), p, source, fileName, mode);
      ctx.status(202).json(view(job));
    } catch (RejectedExecutionException e) {
      throw new ApiError(
          503,
          "the judge is busy with "
              + app.queue().waiting()
              + " waiting runs; try again in a moment");
    }
  }

  private void status(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Job> live = app.queue().get(app.workbench(ctx), id);
    if (live.isEmpty()) {
      stored(ctx, id);
      return;
    }
    Job job = live.get();
    Optional<Long> after = after(ctx);
    if (after.isEmpty()) {
      ctx.json(view(job));
      return;
    }
    long seen = after.get();
    ctx.future(
        () ->
            job.changeAfter(seen)
                .thenCompose(
                    changed ->
                        job.ended().completeOnTimeout(null, PROGRESS_MS, TimeUnit.MILLISECONDS))
                .completeOnTimeout(null, WAIT_SECONDS, TimeUnit.SECONDS)
                .thenAccept(changed -> ctx.json(view(job))));
  }

  /**
   * A run this server does not hold in memory (judged by a worker elsewhere, one from before a
   * restart, or long over), as stored. A poll with {@code after} is answered once the stored run's
   * version moves past it or the run ends, checked every {@value #STORED_POLL_MS} ms, at most
   * {@value #WAIT_SECONDS} s.
   */
  private void stored(Context ctx, String id) {
    Judging judging = app.workbench(ctx).judging();
    Optional<Long> after = after(ctx);
    // asked for before the read, so that a change written just after it still wakes this poll
    CompletableFuture<Void> wake = after.isEmpty() ? null : nextChange(id);
    Judging.StoredRun first = judging.run(id).orElseThrow(() -> ApiError.notFound("no run " + id));
    if (wake == null || ended(first) || first.run().version() != after.get()) {
      ctx.json(view(first));
      return;
    }
    long seen = after.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    ctx.future(
        () -> awaitStored(judging, wake, id, seen, deadline).thenAccept(r -> ctx.json(view(r))));
  }

  /** The stored run's next change, as the database signals it, or the next look on a timer. */
  private CompletableFuture<Void> nextChange(String id) {
    RunWatch watch = app.watch();
    return watch.next(id, watch.live() ? SIGNALLED_POLL_MS : STORED_POLL_MS);
  }

  /** The version a poll names with {@code after}, if it names one. */
  private static Optional<Long> after(Context ctx) {
    String after = ctx.queryParam("after");
    if (after == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(after));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "after must be the version of the run's last view, not '" + after + "'");
    }
  }

  /** Reads the run each time {@code wake} completes, until it moved past {@code seen} or ended. */
  private CompletableFuture<Judging.StoredRun> awaitStored(
      Judging judging, CompletableFuture<Void> wake, String id, long seen, long deadline) {
    return wake.thenComposeAsync(
        woken -> {
          CompletableFuture<Void> again = nextChange(id);
          Judging.StoredRun r =
              judging.run(id).orElseThrow(() -> ApiError.notFound("no run " + id));
          if (ended(r) || r.run().version() != seen || System.nanoTime() > deadline) {
            return CompletableFuture.completedFuture(r);
          }
          return awaitStored(judging, again, id, seen, deadline);
        });
  }

  private static boolean ended(Judging.StoredRun r) {
    return !r.run().state().equals("queued");
  }

  /** A stored run's view: queued until a worker reports on it, then running until it ends. */
  private static RunView view(Judging.StoredRun stored) {
    Runs.RunRecord r = stored.run();
    JsonNode report;
    try {
      report =
          stored.reportJson() == null ? null : ReportJson.mapper().readTree(stored.reportJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored report of run " + r.id() + " is not JSON", e);
    }
    String state = r.state().equals("queued") && r.worker() != null ? "running" : r.state();
    return new RunView(
        r.id(),
        r.version(),
        r.problem(),
        r.mode(),
        state,
        r.planned(),
        r.finished(),
        r.currentCase(),
        report,
        r.error());
  }

  private static Mode mode(@Nullable String id) {
    if (id == null) {
      return Mode.TEST;
    }
    return switch (id.toLowerCase(Locale.ROOT)) {
      case "test" -> Mode.TEST;
      case "submit" -> Mode.SUBMIT;
      default ->
          throw ApiError.badRequest(
              "mode must be \"test\" (sample cases) or \"submit\" (all cases), not '" + id + "'");
    };
  }

  static RunView view(Job job) {
    long version = job.version();
    return new RunView(
        job.id(),
        version,
        job.problem(),
        job.mode(),
        job.state().name().toLowerCase(Locale.ROOT),
        job.plannedCases(),
        job.doneCases(),
        job.currentCase(),
        job.report() == null ? null : ReportJson.mapper().valueToTree(job.report()),
        job.error());
  }
}
