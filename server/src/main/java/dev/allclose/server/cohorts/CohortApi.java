package dev.allclose.server.cohorts;

import dev.allclose.app.cohorts.CohortService;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.guard.SignedInOnly;
import dev.allclose.store.Accounts.Account;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cohorts and their assignments (docs/api.md, "Cohorts"): a coach's cohorts, members, assignments,
 * dashboard and its CSV under {@code /api/cohorts} (coaches and admins only, and only the cohorts
 * they coach); a candidate's own assignments under {@code /api/assignments}.
 */
public final class CohortApi {
  private final CohortService cohorts;

  public CohortApi(CohortService cohorts) {
    this.cohorts = cohorts;
  }

  public void register(Javalin server) {
    server.get("/api/cohorts", ctx -> ctx.json(cohorts.list(me(ctx))));
    server.post("/api/cohorts", this::create);
    server.get(
        "/api/cohorts/{id}", ctx -> ctx.json(cohorts.dashboard(me(ctx), ctx.pathParam("id"))));
    server.get("/api/cohorts/{id}/dashboard.csv", this::csv);
    server.post("/api/cohorts/{id}/members", ctx -> addPerson(ctx, false));
    server.post("/api/cohorts/{id}/coaches", ctx -> addPerson(ctx, true));
    server.post("/api/cohorts/{id}/assignments", this::assign);
    server.get("/api/assignments", ctx -> ctx.json(cohorts.assignmentsOf(me(ctx))));
    server.post(
        "/api/assignments/{id}/start",
        ctx -> ctx.json(cohorts.start(me(ctx), ctx.pathParam("id"))));
  }

  record NameBody(@Nullable String name) {}

  record EmailBody(@Nullable String email) {}

  /**
   * @param dueAt an ISO-8601 instant ({@code 2026-12-20T18:00:00Z})
   */
  record AssignmentBody(
      @Nullable String title,
      @Nullable String kind,
      @Nullable String dueAt,
      @Nullable Integer minutes,
      @Nullable List<String> problems) {}

  private void create(Context ctx) {
    NameBody body = Bodies.read(ctx, NameBody.class, "{\"name\": \"Spring cohort\"}");
    if (body.name() == null) {
      throw ApiError.badRequest("a cohort needs a \"name\"");
    }
    ctx.status(201).json(cohorts.create(me(ctx), body.name()));
  }

  private void addPerson(Context ctx, boolean coach) {
    EmailBody body = Bodies.read(ctx, EmailBody.class, "{\"email\": \"name@example.org\"}");
    if (body.email() == null) {
      throw ApiError.badRequest("give the account's \"email\"");
    }
    if (coach) {
      cohorts.addCoach(me(ctx), ctx.pathParam("id"), body.email());
    } else {
      cohorts.addMember(me(ctx), ctx.pathParam("id"), body.email());
    }
    ctx.status(204);
  }

  private void assign(Context ctx) {
    AssignmentBody body =
        Bodies.read(
            ctx,
            AssignmentBody.class,
            "{\"title\": \"Week 1\", \"kind\": \"set\", \"due_at\": \"2026-12-20T18:00:00Z\","
                + " \"problems\": [\"1\", \"2\"]}");
    if (body.title() == null || body.dueAt() == null || body.problems() == null) {
      throw ApiError.badRequest("an assignment needs \"title\", \"due_at\" and \"problems\"");
    }
    Instant due;
    try {
      due = Instant.parse(body.dueAt());
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "\"due_at\" is not an ISO-8601 instant such as 2026-12-20T18:00:00Z: " + body.dueAt());
    }
    ctx.status(201)
        .json(
            cohorts.assign(
                me(ctx),
                ctx.pathParam("id"),
                body.title(),
                body.kind() == null ? "set" : body.kind(),
                due,
                body.minutes(),
                body.problems()));
  }

  private void csv(Context ctx) {
    String csv = cohorts.csv(me(ctx), ctx.pathParam("id"));
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"cohort-dashboard.csv\"")
        .result(csv);
  }

  private static Account me(Context ctx) {
    Account me = SignedInOnly.account(ctx);
    if (me == null) {
      throw new ApiError(401, "not signed in");
    }
    return me;
  }
}
