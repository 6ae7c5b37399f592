package dev.allclose.server.catalog;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code $...$} and {@code $$...$$} where the inline parser meets a {@code $}, with the rules
 * of {@link MathExtension}. A run of three or more dollars, or a {@code $$} that is never closed,
 * stays text as a whole, so that its second dollar cannot open a formula of its own.
 */
final class InlineMathParser implements InlineContentParser {

  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
      return new InlineMathParser();
    }
  }

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    int dollars = scanner.matchMultiple('$');
    return switch (dollars) {
      case 1 -> inline(scanner);
      case 2 -> display(scanner);
      default -> ParsedInline.of(new Text("$".repeat(dollars)), scanner.position());
    };
  }

  private static ParsedInline inline(Scanner scanner) {
    Position start = scanner.position();
    if (isSpace(scanner.peek())) {
      return ParsedInline.none();
    }
    while (scanner.hasNext()) {
      char c = scanner.peek();
      if (c == '$') {
        Position end = scanner.position();
        boolean afterSpace = isSpace(scanner.peekPreviousCodePoint());
        scanner.next();
        if (afterSpace || Character.isDigit(scanner.peek())) {
          return ParsedInline.none();
        }
        return formula(scanner, start, end, false);
      }
      skip(scanner, c);
    }
    return ParsedInline.none();
  }

  private static ParsedInline display(Scanner scanner) {
    Position start = scanner.position();
    while (scanner.hasNext()) {
      char c = scanner.peek();
      if (c == '$') {
        Position end = scanner.position();
        if (scanner.next("$$")) {
          return formula(scanner, start, end, true);
        }
      }
      skip(scanner, c);
    }
    scanner.setPosition(start);
    return ParsedInline.of(new Text("$$"), start);
  }

  private static ParsedInline formula(
      Scanner scanner, Position start, Position end, boolean display) {
    String tex = scanner.getSource(start, end).getContent().strip();
    return ParsedInline.of(new MathExtension.MathSpan(tex, display), scanner.position());
  }

  /** Steps over one character, or over a backslash and the character it escapes ({@code \$}). */
  private static void skip(Scanner scanner, char c) {
    scanner.next();
    if (c == '\\' && scanner.hasNext()) {
      scanner.next();
    }
  }

  private static boolean isSpace(int c) {
    return c == Scanner.END || Character.isWhitespace(c);
  }
}
