package dev.allclose.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a statement, hint or editorial (Markdown with LaTeX) to HTML for the browser, which
 * typesets the maths with KaTeX.
 *
 * <p>Markdown would mangle LaTeX ({@code a_i b_j} becomes emphasis, {@code \\} an escape), so the
 * maths is lifted out first: {@code $$...$$} (display) and {@code $...$} (inline) outside code
 * spans and fenced blocks are replaced by placeholders, the Markdown is rendered with raw HTML
 * escaped, and each placeholder becomes {@code <span class="math" data-display="...">} holding the
 * HTML-escaped LaTeX. Thread-safe.
 */
public final class StatementRenderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("ACMATH(\\d+)X");

  private final Parser parser;
  private final HtmlRenderer renderer;

  public StatementRenderer() {
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
  }

  public String render(String markdown) {
    List<String> maths = new ArrayList<>();
    List<Boolean> display = new ArrayList<>();
    String protectedText = liftMaths(markdown, maths, display);
    String html = renderer.render(parser.parse(protectedText));
    Matcher m = PLACEHOLDER.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String span =
          "<span class=\"math\" data-display=\""
              + display.get(i)
              + "\">"
              + escape(maths.get(i))
              + "</span>";
      m.appendReplacement(out, Matcher.quoteReplacement(span));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Replaces maths outside code by placeholders, collecting the LaTeX and its display mode. */
  private static String liftMaths(String text, List<String> maths, List<Boolean> display) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean inFence = false;
    boolean lineStart = true;
    while (i < text.length()) {
      if (lineStart && (text.startsWith("```", i) || text.startsWith("~~~", i))) {
        inFence = !inFence;
      }
      char c = text.charAt(i);
      lineStart = c == '\n';
      if (inFence) {
        out.append(c);
        i++;
      } else if (c == '`') {
        int ticks = countRun(text, i, '`');
        int close = text.indexOf("`".repeat(ticks), i + ticks);
        int end = close < 0 ? i + ticks : close + ticks;
        out.append(text, i, end);
        i = end;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append("\\$");
        i += 2;
      } else if (text.startsWith("$$", i) && text.indexOf("$$", i + 2) > 0) {
        int close = text.indexOf("$$", i + 2);
        i = lift(out, text.substring(i + 2, close), true, maths, display, close + 2);
      } else if (c == '$' && inlineClose(text, i) > 0) {
        int close = inlineClose(text, i);
        i = lift(out, text.substring(i + 1, close), false, maths, display, close + 1);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int lift(
      StringBuilder out,
      String tex,
      boolean isDisplay,
      List<String> maths,
      List<Boolean> display,
      int next) {
    out.append("ACMATH").append(maths.size()).append('X');
    maths.add(tex.strip());
    display.add(isDisplay);
    return next;
  }

  /** The closing $ of an inline formula on the same line, or -1; "$5 and $6" is not maths. */
  private static int inlineClose(String text, int open) {
    if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
      return -1;
    }
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == '\\') {
        j++;
      } else if (c == '$') {
        boolean closesAfterSpace = Character.isWhitespace(text.charAt(j - 1));
        boolean digitFollows = j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
        return closesAfterSpace || digitFollows ? -1 : j;
      }
    }
    return -1;
  }

  private static int countRun(String text, int from, char c) {
    int n = 0;
    while (from + n < text.length() && text.charAt(from + n) == c) {
      n++;
    }
    return n;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
