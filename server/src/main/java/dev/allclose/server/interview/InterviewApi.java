package dev.allclose.server.interview;

import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import dev.allclose.server.catalog.CatalogApi;
import dev.allclose.store.InterviewSessions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Interview mode: a timed session on one problem with its time budget. While it runs the problem's
 * hints and editorial stay closed; at the end the summary (time used, attempts, verdict) is stored
 * and shown in the tracker.
 */
public final class InterviewApi {
  private final ServerContext app;

  public InterviewApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.post("/api/interviews", this::start);
    server.get("/api/interviews/{id}", this::get);
    server.post("/api/interviews/{id}/finish", this::finish);
  }

  record StartRequest(@Nullable String problem, @Nullable String language) {}

  /**
   * A session as the page shows it.
   *
   * @param remainingMs time left, 0 once over
   * @param timeUsedMs from the start to the end (or to now while it runs)
   */
  public record View(
      String id,
      String problem,
      String language,
      Instant startedAt,
      Instant endsAt,
      int budgetMinutes,
      long remainingMs,
      boolean running,
      @Nullable Instant endedAt,
      long timeUsedMs,
      @Nullable String verdict,
      int attempts) {}

  private void start(Context ctx) {
    StartRequest req =
        Bodies.read(ctx, StartRequest.class, "{\"problem\": \"1\", \"language\": \"python\"}");
    if (req.problem() == null) {
      throw ApiError.badRequest("the session needs a \"problem\" (number or slug)");
    }
    ProblemPackage p = app.problem(req.problem());
    Language language = CatalogApi.language(p, req.language() == null ? "python" : req.language());
    if (app.workbench().store().interviews().running(p.slug()).isPresent()) {
      throw new ApiError(409, "an interview session on this problem is already running");
    }
    InterviewSessions.Session s =
        app.workbench()
            .store()
            .interviews()
            .start(p.slug(), language.id(), Duration.ofMinutes(p.metadata().minutes()));
    ctx.status(201).json(view(s, app.clock()));
  }

  private void get(Context ctx) {
    ctx.json(view(session(ctx.pathParam("id")), app.clock()));
  }

  private void finish(Context ctx) {
    session(ctx.pathParam("id"));
    ctx.json(view(app.workbench().store().interviews().finish(ctx.pathParam("id")), app.clock()));
  }

  private InterviewSessions.Session session(String id) {
    return app.workbench()
        .store()
        .interviews()
        .get(id)
        .orElseThrow(() -> ApiError.notFound("no interview session " + id));
  }

  public static View view(InterviewSessions.Session s, Clock clock) {
    Instant now = clock.instant();
    boolean running = s.running(now);
    Instant end = s.endedAt() != null ? s.endedAt() : running ? now : s.deadline();
    long remaining = running ? Duration.between(now, s.deadline()).toMillis() : 0;
    return new View(
        s.id(),
        s.problem(),
        s.language(),
        s.startedAt(),
        s.deadline(),
        (int) s.budget().toMinutes(),
        remaining,
        running,
        s.endedAt(),
        Duration.between(s.startedAt(), end).toMillis(),
        s.verdict(),
        s.attempts());
  }
}
