package dev.allclose.server.derivation;

import dev.allclose.app.derivation.DerivationView;
import dev.allclose.app.derivation.Derivations;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The derivation a problem asks for: the user's latest one, writing a new version (scored and
 * stored by {@link Derivations}), and a preview that renders Markdown with maths as the page shows
 * it, for the box's live preview. This adapter adds the HTML; what may be seen when is the
 * application's rule.
 */
public final class DerivationApi {
  private final ServerContext app;

  public DerivationApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.get("/api/problems/{ref}/derivation", this::get);
    server.post("/api/problems/{ref}/derivation", this::submit);
    server.post("/api/derivations/preview", this::preview);
  }

  /**
   * A derivation with its HTML.
   *
   * @param writtenHtml the user's latest derivation rendered, null before the first
   * @param modelHtml the model derivation rendered, null while closed
   * @param pointsHtml the key points rendered, in the rubric's order; null while closed
   */
  public record Page(
      DerivationView derivation,
      @Nullable String writtenHtml,
      @Nullable String modelHtml,
      @Nullable List<String> pointsHtml) {}

  record TextBody(@Nullable String text) {}

  record Preview(String html) {}

  private void get(Context ctx) {
    ctx.json(page(app.workbench(ctx).derivations().view(app.problem(ctx.pathParam("ref")))));
  }

  private void submit(Context ctx) {
    var p = app.problem(ctx.pathParam("ref"));
    String text = text(ctx);
    ctx.json(page(app.workbench(ctx).derivations().submit(p, text)));
  }

  private void preview(Context ctx) {
    String text = text(ctx);
    if (text.length() > Derivations.MAX_CHARS) {
      throw ApiError.badRequest(
          "the text is longer than " + Derivations.MAX_CHARS + " characters; shorten it");
    }
    ctx.json(new Preview(app.renderer().render(text)));
  }

  private static String text(Context ctx) {
    TextBody body = Bodies.read(ctx, TextBody.class, "{\"text\": \"...\"}");
    if (body.text() == null) {
      throw ApiError.badRequest("the body needs a \"text\" string");
    }
    return body.text();
  }

  private Page page(DerivationView v) {
    var written = v.written();
    var points = v.points();
    return new Page(
        v,
        written == null ? null : app.renderer().render(written.text()),
        v.model() == null ? null : app.renderer().render(v.model()),
        points == null ? null : points.stream().map(app.renderer()::render).toList());
  }
}
