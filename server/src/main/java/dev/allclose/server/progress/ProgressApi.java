package dev.allclose.server.progress;

import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/**
 * The tracker and its charts: one row per problem (status, first solved, attempts, time, note),
 * solved counts by section and by difficulty, time per solved problem against its budget,
 * submissions per day, and the interview sessions.
 */
public final class ProgressApi {
  private final ServerContext app;

  public ProgressApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.get("/api/progress", ctx -> ctx.json(app.workbench(ctx).progress()));
    server.put("/api/progress/{ref}/note", this::note);
  }

  record NoteBody(@Nullable String text) {}

  private void note(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    NoteBody body = Bodies.read(ctx, NoteBody.class, "{\"text\": \"...\"}");
    if (body.text() == null) {
      throw ApiError.badRequest("the note needs a \"text\" string");
    }
    app.workbench(ctx).practice().note(p, body.text(), false);
    ctx.status(204);
  }
}
