package dev.allclose.server.interview;

import dev.allclose.app.interviews.TimedInterviews;
import dev.allclose.app.practice.Practice;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Interview mode over HTTP: start, read and finish a timed session ({@link
 * dev.allclose.app.interviews.TimedInterviews} keeps the rules: one at a time, hints and editorial
 * closed while it runs), and the debugging round, whose code is saved with the session.
 */
public final class InterviewApi {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ServerContext app;

  public InterviewApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.post("/api/interviews", this::start);
    server.get("/api/interviews/{id}", this::get);
    server.post("/api/interviews/{id}/finish", this::finish);
    server.put("/api/interviews/{id}/draft", this::saveDraft);
  }

  /**
   * A session to start.
   *
   * @param debug true for a debugging round, which starts from one of the problem's known wrong
   *     submissions, drawn at random
   */
  record StartRequest(
      @Nullable String problem, @Nullable String language, @Nullable Boolean debug) {}

  record DraftRequest(@Nullable String source) {}

  private void start(Context ctx) {
    StartRequest req =
        Bodies.read(ctx, StartRequest.class, "{\"problem\": \"1\", \"language\": \"python\"}");
    if (req.problem() == null) {
      throw ApiError.badRequest("the session needs a \"problem\" (number or slug)");
    }
    ProblemPackage p = app.problem(req.problem());
    Language language = Practice.supported(p, req.language() == null ? "python" : req.language());
    TimedInterviews sessions = app.workbench(ctx).interviews();
    ctx.status(201)
        .json(
            Boolean.TRUE.equals(req.debug())
                ? sessions.startDebug(p, language, RANDOM)
                : sessions.start(p, language));
  }

  private void saveDraft(Context ctx) {
    DraftRequest req = Bodies.read(ctx, DraftRequest.class, "{\"source\": \"...\"}");
    if (req.source() == null) {
      throw ApiError.badRequest("the draft needs its \"source\"");
    }
    app.workbench(ctx).interviews().saveDebugDraft(ctx.pathParam("id"), req.source());
    ctx.status(204);
  }

  private void get(Context ctx) {
    ctx.json(app.workbench(ctx).interviews().get(ctx.pathParam("id")));
  }

  private void finish(Context ctx) {
    ctx.json(app.workbench(ctx).interviews().finish(ctx.pathParam("id")));
  }
}
