package dev.allclose.server;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.catalog.StatementRenderer;
import dev.allclose.server.runs.JudgeQueue;

/** What the API handlers share: the product, the judging queue and the Markdown renderer. */
public record ServerContext(Workbench workbench, JudgeQueue queue, StatementRenderer renderer) {

  /** A problem by number or slug, or a 404. */
  public ProblemPackage problem(String ref) {
    try {
      return workbench.problem(ref);
    } catch (AppException e) {
      throw ApiError.notFound("no problem '" + ref + "'");
    }
  }
}
