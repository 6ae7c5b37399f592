package dev.allclose.server.catalog;

import dev.allclose.app.interviews.SessionView;
import dev.allclose.app.interviews.TimedInterviews;
import dev.allclose.app.practice.Practice;
import dev.allclose.app.practice.ProblemAccess;
import dev.allclose.app.practice.TrackedProblem;
import dev.allclose.judge.problem.EntryPoint;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The catalog and one problem's page data: metadata with the user's status, the rendered statement,
 * hints one level at a time, the editorial, starters and autosaved drafts. What may be seen when is
 * the application's rule ({@link Practice}); this adapter renders Markdown to HTML and maps
 * requests.
 */
public final class CatalogApi {
  private final ServerContext app;

  public CatalogApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.get("/api/problems", this::list);
    server.get("/api/problems/{ref}", this::detail);
    server.post("/api/problems/{ref}/hints", this::revealHint);
    server.get("/api/problems/{ref}/editorial", this::editorial);
    server.post("/api/problems/{ref}/give-up", this::giveUp);
    server.post("/api/problems/{ref}/open", this::open);
    server.get("/api/problems/{ref}/draft/{lang}", this::draft);
    server.put("/api/problems/{ref}/draft/{lang}", this::saveDraft);
  }

  /**
   * A problem page's data.
   *
   * @param editorialClosedBecause why the editorial is closed now, and how it opens; null when open
   * @param debugLanguages the languages in which a debugging round can start (those with a known
   *     wrong submission)
   */
  public record Detail(
      TrackedProblem summary,
      String why,
      String statementHtml,
      int hintsTotal,
      List<String> hints,
      boolean editorialUnlocked,
      @Nullable String editorialClosedBecause,
      List<Map<String, String>> entryPoints,
      Map<String, String> starters,
      Map<String, String> starterFiles,
      boolean asksForDerivation,
      double rtol,
      double atol,
      int timeLimitMs,
      @Nullable SessionView interview,
      List<String> debugLanguages) {}

  record Hint(int level, String html) {}

  record Editorial(String html) {}

  record DraftBody(@Nullable String source) {}

  private void list(Context ctx) {
    ctx.json(app.workbench(ctx).tracker().rows(app.workbench(ctx).catalog().problems()));
  }

  private void detail(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    ProblemMetadata m = p.metadata();
    Practice practice = app.workbench(ctx).practice();
    ProblemAccess access = practice.access(p);
    Map<String, String> starters = new LinkedHashMap<>();
    Map<String, String> starterFiles = new LinkedHashMap<>();
    for (Language l : m.languages()) {
      p.starter(l)
          .ifPresent(
              f -> {
                starters.put(l.id(), Practice.read(f));
                starterFiles.put(l.id(), String.valueOf(f.getFileName()).replace("/", ""));
              });
    }
    ctx.json(
        new Detail(
            app.workbench(ctx).tracker().row(p),
            m.why(),
            app.renderer().render(p.statement()),
            access.hintsTotal(),
            practice.shownHints(p).stream().map(h -> app.renderer().render(h)).toList(),
            access.editorialOpen(),
            access.editorialClosedBecause(),
            entryPoints(m),
            starters,
            starterFiles,
            m.asksForDerivation(),
            m.tolerance().rtol(),
            m.tolerance().atol(),
            m.limits().timeMs(),
            app.workbench(ctx).interviews().runningOn(p).orElse(null),
            m.languages().stream()
                .filter(l -> !TimedInterviews.plantable(p, l).isEmpty())
                .map(Language::id)
                .toList()));
  }

  /**
   * The page was opened: the first opening of a problem starts its clock, so the tracker can show
   * the time from there to the first accepted submission, as {@code allclose start} does.
   */
  private void open(Context ctx) {
    app.workbench(ctx).practice().open(app.problem(ctx.pathParam("ref")));
    ctx.status(204);
  }

  private void revealHint(Context ctx) {
    Practice.Hint hint =
        app.workbench(ctx).practice().revealNextHint(app.problem(ctx.pathParam("ref")));
    ctx.json(new Hint(hint.level(), app.renderer().render(hint.text())));
  }

  private void editorial(Context ctx) {
    String editorial = app.workbench(ctx).practice().editorial(app.problem(ctx.pathParam("ref")));
    ctx.json(new Editorial(app.renderer().render(editorial)));
  }

  private void giveUp(Context ctx) {
    String editorial = app.workbench(ctx).practice().giveUp(app.problem(ctx.pathParam("ref")));
    ctx.json(new Editorial(app.renderer().render(editorial)));
  }

  private void draft(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    Language l = Practice.supported(p, ctx.pathParam("lang"));
    ctx.json(new DraftBody(app.workbench(ctx).practice().draft(p, l)));
  }

  private void saveDraft(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    Language l = Practice.supported(p, ctx.pathParam("lang"));
    DraftBody body = Bodies.read(ctx, DraftBody.class, "{\"source\": \"...\"}");
    if (body.source() == null) {
      throw ApiError.badRequest("the draft needs a \"source\" string");
    }
    app.workbench(ctx).practice().saveDraft(p, l, body.source());
    ctx.status(204);
  }

  private static List<Map<String, String>> entryPoints(ProblemMetadata m) {
    return m.entryPoints().stream()
        .map(
            e -> {
              Map<String, String> view = new LinkedHashMap<>();
              view.put("name", e.name());
              view.put("kind", e instanceof EntryPoint.Clazz ? "class" : "function");
              view.put("python", e.signatures().python());
              view.put("java", String.valueOf(e.signatures().java()));
              return view;
            })
        .toList();
  }
}
