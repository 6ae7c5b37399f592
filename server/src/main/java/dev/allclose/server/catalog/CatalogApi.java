package dev.allclose.server.catalog;

import dev.allclose.judge.problem.EntryPoint;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import dev.allclose.server.interview.InterviewApi;
import dev.allclose.store.InterviewSessions;
import dev.allclose.store.ProblemStates;
import dev.allclose.store.ProgressRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The catalog and one problem's page data: metadata with the user's status, the rendered statement,
 * hints one level at a time, the editorial (locked until the problem is solved or the user gives
 * up, and during an interview session), starters and autosaved drafts.
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

  /** A catalog row. */
  public record Summary(
      int number,
      String slug,
      String title,
      int section,
      String sectionTitle,
      String difficulty,
      int minutes,
      List<String> concepts,
      List<String> companies,
      List<String> languages,
      String status) {}

  /** A problem page's data. */
  public record Detail(
      Summary summary,
      String why,
      String statementHtml,
      int hintsTotal,
      List<String> hints,
      boolean editorialUnlocked,
      List<Map<String, String>> entryPoints,
      Map<String, String> starters,
      Map<String, String> starterFiles,
      double rtol,
      double atol,
      int timeLimitMs,
      InterviewApi.@Nullable View interview) {}

  record Hint(int level, String html) {}

  record Editorial(String html) {}

  record DraftBody(@Nullable String source) {}

  private void list(Context ctx) {
    List<ProblemPackage> problems = app.workbench().catalog().problems();
    Map<String, ProgressRow> progress = progress(problems);
    ctx.json(problems.stream().map(p -> summary(p, progress.get(p.slug()))).toList());
  }

  private void detail(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    ProblemMetadata m = p.metadata();
    ProgressRow row = progress(List.of(p)).get(p.slug());
    ProblemStates.State state = app.workbench().store().problemStates().get(p.slug());
    InterviewSessions.Session session =
        app.workbench().store().interviews().running(p.slug()).orElse(null);
    boolean interview = session != null;
    List<String> hints =
        interview
            ? List.of()
            : p.hints().subList(0, Math.min(state.hintsRevealed(), p.hints().size())).stream()
                .map(h -> app.renderer().render(h))
                .toList();
    Map<String, String> starters = new LinkedHashMap<>();
    Map<String, String> starterFiles = new LinkedHashMap<>();
    for (Language l : m.languages()) {
      p.starter(l)
          .ifPresent(
              f -> {
                starters.put(l.id(), read(f));
                starterFiles.put(l.id(), String.valueOf(f.getFileName()).replace("/", ""));
              });
    }
    ctx.json(
        new Detail(
            summary(p, row),
            m.why(),
            app.renderer().render(p.statement()),
            p.hints().size(),
            hints,
            !interview && editorialUnlocked(row, state),
            entryPoints(m),
            starters,
            starterFiles,
            m.tolerance().rtol(),
            m.tolerance().atol(),
            m.limits().timeMs(),
            session == null ? null : InterviewApi.view(session, app.clock())));
  }

  /**
   * The page was opened: the first opening of a problem starts its clock, so the tracker can show
   * the time from there to the first accepted submission, as {@code allclose start} does.
   */
  private void open(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    var attempts = app.workbench().store().attempts();
    if (attempts.latest(p.slug()).isEmpty()) {
      attempts.start(p.slug(), p.metadata().languages().get(0).id(), null);
    }
    ctx.status(204);
  }

  private void revealHint(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    closedDuringInterview(p, "hints");
    ProblemStates.State state = app.workbench().store().problemStates().get(p.slug());
    int level = state.hintsRevealed() + 1;
    if (level > p.hints().size()) {
      throw ApiError.badRequest("all " + p.hints().size() + " hints are already shown");
    }
    app.workbench().store().problemStates().revealHints(p.slug(), level);
    ctx.json(new Hint(level, app.renderer().render(p.hints().get(level - 1))));
  }

  private void editorial(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    closedDuringInterview(p, "the editorial");
    ProgressRow row = progress(List.of(p)).get(p.slug());
    if (!editorialUnlocked(row, app.workbench().store().problemStates().get(p.slug()))) {
      throw ApiError.forbidden(
          "the editorial opens after an accepted submission or when you give up");
    }
    ctx.json(new Editorial(app.renderer().render(p.editorial())));
  }

  private void giveUp(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    closedDuringInterview(p, "giving up");
    app.workbench().store().problemStates().giveUp(p.slug());
    ctx.json(new Editorial(app.renderer().render(p.editorial())));
  }

  private void draft(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    Language l = language(p, ctx.pathParam("lang"));
    String source =
        app.workbench()
            .store()
            .drafts()
            .get(p.slug(), l.id())
            .orElseGet(() -> p.starter(l).map(CatalogApi::read).orElse(""));
    ctx.json(new DraftBody(source));
  }

  private void saveDraft(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    Language l = language(p, ctx.pathParam("lang"));
    DraftBody body = Bodies.read(ctx, DraftBody.class, "{\"source\": \"...\"}");
    if (body.source() == null) {
      throw ApiError.badRequest("the draft needs a \"source\" string");
    }
    if (body.source().length() > 1_000_000) {
      throw new ApiError(413, "a draft may hold at most 1,000,000 characters");
    }
    app.workbench().store().drafts().save(p.slug(), l.id(), body.source());
    ctx.status(204);
  }

  /** A language the problem offers, or a 400 that lists them. */
  public static Language language(ProblemPackage p, @Nullable String id) {
    Language l = id == null ? null : Language.fromId(id).orElse(null);
    if (l == null || !p.metadata().supports(l)) {
      throw ApiError.badRequest(
          "language must be one of " + p.metadata().languages() + ", not '" + id + "'");
    }
    return l;
  }

  private void closedDuringInterview(ProblemPackage p, String what) {
    if (app.workbench().store().interviews().running(p.slug()).isPresent()) {
      throw ApiError.forbidden(
          what + " stays closed while an interview session on this problem runs");
    }
  }

  private static boolean editorialUnlocked(@Nullable ProgressRow row, ProblemStates.State state) {
    return state.gaveUpAt() != null || (row != null && row.status().equals("solved"));
  }

  private Map<String, ProgressRow> progress(List<ProblemPackage> problems) {
    Map<String, ProgressRow> out = new LinkedHashMap<>();
    for (ProgressRow r :
        app.workbench()
            .store()
            .progress()
            .rows(problems.stream().map(ProblemPackage::slug).toList())) {
      out.put(r.problem(), r);
    }
    return out;
  }

  static Summary summary(ProblemPackage p, @Nullable ProgressRow row) {
    ProblemMetadata m = p.metadata();
    return new Summary(
        m.number(),
        m.slug(),
        m.title(),
        m.section().number(),
        m.section().title(),
        m.difficulty().id(),
        m.minutes(),
        m.concepts(),
        m.companies(),
        m.languages().stream().map(Language::id).toList(),
        row == null ? "todo" : row.status());
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

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
