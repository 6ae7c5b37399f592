package dev.allclose.server.interview;

import dev.allclose.app.practice.Practice;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/**
 * Interview mode over HTTP: start, read and finish a timed session ({@link
 * dev.allclose.app.interviews.TimedInterviews} keeps the rules: one at a time, hints and editorial
 * closed while it runs).
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

  private void start(Context ctx) {
    StartRequest req =
        Bodies.read(ctx, StartRequest.class, "{\"problem\": \"1\", \"language\": \"python\"}");
    if (req.problem() == null) {
      throw ApiError.badRequest("the session needs a \"problem\" (number or slug)");
    }
    ProblemPackage p = app.problem(req.problem());
    Language language = Practice.supported(p, req.language() == null ? "python" : req.language());
    ctx.status(201).json(app.workbench().interviews().start(p, language));
  }

  private void get(Context ctx) {
    ctx.json(app.workbench().interviews().get(ctx.pathParam("id")));
  }

  private void finish(Context ctx) {
    ctx.json(app.workbench().interviews().finish(ctx.pathParam("id")));
  }
}
