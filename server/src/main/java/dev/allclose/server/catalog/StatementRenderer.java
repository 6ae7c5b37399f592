package dev.allclose.server.catalog;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a statement, hint or editorial (Markdown with TeX maths) to HTML for the browser: raw
 * HTML in the Markdown is escaped, link and image addresses with an unsafe scheme ({@code
 * javascript:}) are dropped, since a derivation is the user's own text, GFM tables are rendered,
 * and each formula becomes an element of class {@code math} holding its TeX ({@link
 * MathExtension}), which the page typesets with KaTeX. Thread-safe.
 */
public final class StatementRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public StatementRenderer() {
    List<Extension> extensions = List.of(TablesExtension.create(), new MathExtension());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer =
        HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
  }

  public String render(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
