package dev.allclose.server.catalog;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A display formula that opens a block with {@code $$} and runs over several lines, up to the first
 * line that ends with {@code $$}: both the fenced form ({@code $$} alone on its first and last
 * lines) and TeX that starts right after the opening dollars. Its lines are not Markdown, so a TeX
 * line that starts with {@code + } or {@code - } is not a list item, as it would be in a paragraph.
 * Like an unclosed code fence, an unclosed formula runs to the end of its container. A {@code $$}
 * that closes on its own line, or that comes inside a paragraph, is left to {@link
 * InlineMathParser}.
 */
final class MathBlockParser extends AbstractBlockParser {
  private static final String DOLLARS = "$$";
  private static final int CODE_INDENT = 4;

  private final MathExtension.MathBlock block = new MathExtension.MathBlock();
  private final StringBuilder tex = new StringBuilder();

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      String rest = rest(state);
      boolean opens =
          state.getIndent() < CODE_INDENT
              && rest.startsWith(DOLLARS)
              && !rest.substring(DOLLARS.length()).contains(DOLLARS)
              && matched.getParagraphLines().isEmpty();
      return opens
          ? BlockStart.of(new MathBlockParser())
              .atIndex(state.getNextNonSpaceIndex() + DOLLARS.length())
          : BlockStart.none();
    }
  }

  private static String rest(ParserState state) {
    CharSequence line = state.getLine().getContent();
    return line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    String line = state.getLine().getContent().toString().stripTrailing();
    if (line.endsWith(DOLLARS)) {
      tex.append(line, 0, line.length() - DOLLARS.length());
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    tex.append(line.getContent()).append('\n');
  }

  @Override
  public void closeBlock() {
    block.tex = tex.toString().strip();
  }
}
