package dev.allclose.server.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * TeX maths as a part of Markdown's own syntax, for commonmark-java: {@code $...$} (inline) and
 * {@code $$...$$} (display) inside a paragraph ({@link InlineMathParser}), and a display formula
 * that opens a block with {@code $$} and closes at the end of a later line ({@link
 * MathBlockParser}). Each renders as an element of class {@code math} whose {@code data-display}
 * says the mode and whose text is the HTML-escaped TeX, for KaTeX in the browser.
 *
 * <p>Because the parser itself reads the maths, the Markdown rules for code apply unchanged: a code
 * span or code block hides a {@code $} as it hides a {@code *}, and whichever of a code span and a
 * formula opens first wins. Inside maths nothing is Markdown, so {@code a_i b_j}, {@code m^*} and
 * {@code \\} reach KaTeX as written. The rules for a single {@code $} are Pandoc's, so that prices
 * stay text: the opening one is followed by a non-space, and the first unescaped {@code $} after it
 * closes the formula only if it follows a non-space and is not followed by a digit. An inline
 * formula may run over line breaks but not out of its paragraph or table cell; and since Markdown
 * reads blocks first, a line inside it that starts with {@code + }, {@code - } or {@code #} starts
 * a new block, as it would in a code span: a formula that needs such lines is a display block.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  /** A formula inside a paragraph, in inline or display mode. */
  static final class MathSpan extends CustomNode {
    final String tex;
    final boolean display;

    MathSpan(String tex, boolean display) {
      this.tex = tex;
      this.display = display;
    }
  }

  /** A display formula that is a block of its own. */
  static final class MathBlock extends CustomBlock {
    String tex = "";
  }

  @Override
  public void extend(Parser.Builder parser) {
    parser.customInlineContentParserFactory(new InlineMathParser.Factory());
    parser.customBlockParserFactory(new MathBlockParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder renderer) {
    renderer.nodeRendererFactory(context -> new MathHtml(context.getWriter()));
  }

  private record MathHtml(HtmlWriter html) implements NodeRenderer {
    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(MathSpan.class, MathBlock.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof MathSpan span) {
        write("span", span.tex, span.display);
      } else if (node instanceof MathBlock block) {
        html.line();
        write("div", block.tex, true);
        html.line();
      }
    }

    private void write(String tag, String tex, boolean display) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("class", "math");
      attributes.put("data-display", String.valueOf(display));
      html.tag(tag, attributes);
      html.text(tex);
      html.tag("/" + tag);
    }
  }
}
