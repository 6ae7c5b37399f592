package dev.allclose.server;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunWatch;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.catalog.StatementRenderer;
import dev.allclose.server.guard.SignedInOnly;
import dev.allclose.server.runs.JudgeQueue;
import dev.allclose.store.Accounts.Account;
import io.javalin.http.Context;

/**
 * What the API handlers share: the product, the judging queue, the Markdown renderer, and what
 * wakes a poll of a run that a worker elsewhere judges.
 */
public record ServerContext(
    Workbench workbench, JudgeQueue queue, StatementRenderer renderer, RunWatch watch) {

  /**
   * The data a request works on: the signed-in account's workspace on a shared server, the server's
   * own data otherwise. Handlers reach the user's data only through this.
   */
  public Workbench workbench(Context ctx) {
    Account account = SignedInOnly.account(ctx);
    return account == null ? workbench : workbench.workspace(account.workspace());
  }

  /** A problem by number or slug, or a 404. */
  public ProblemPackage problem(String ref) {
    try {
      return workbench.problem(ref);
    } catch (AppException e) {
      throw ApiError.notFound("no problem '" + ref + "'");
    }
  }
}
