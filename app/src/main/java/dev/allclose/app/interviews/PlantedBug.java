package dev.allclose.app.interviews;

import dev.allclose.judge.problem.Language;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known wrong submission made ready for a debugging round: the code the user starts from, with
 * the comment that names its bug taken out, and that comment as the description shown once the
 * round is over.
 *
 * <p>Every wrong submission of a package opens with that comment: in Python the module docstring,
 * in Java the first block comment before the class's opening brace. Its lead ("Wrong answer:",
 * "Wrong answer (Java):", "Runtime error:") repeats the folder's verdict and is dropped from the
 * description.
 *
 * @param code the source without the describing comment
 * @param description one line saying what the bug is; empty when the file had no such comment
 */
public record PlantedBug(String code, String description) {
  private static final Pattern PY_DOCSTRING =
      Pattern.compile(
          "\\A((?:[ \\t]*(?:#[^\\n]*)?\\n)*)[rRuU]?(\"\"\"|''')(.*?)\\2[ \\t]*\\n?",
          Pattern.DOTALL);
  private static final Pattern JAVA_COMMENT =
      Pattern.compile("/\\*(.*?)\\*/[ \\t]*\\n?", Pattern.DOTALL);
  private static final Pattern LEAD =
      Pattern.compile(
          "\\A(?:wrong(?: answer)?|runtime error|time limit|memory limit)\\b[^:]{0,40}:\\s*",
          Pattern.CASE_INSENSITIVE);

  public static PlantedBug of(String source, Language language) {
    return language == Language.JAVA ? java(source) : python(source);
  }

  private static PlantedBug python(String source) {
    Matcher m = PY_DOCSTRING.matcher(source);
    if (!m.find()) {
      return new PlantedBug(source, "");
    }
    String rest = source.substring(m.end()).replaceFirst("\\A(?:[ \\t]*\\n)+", "");
    return new PlantedBug(m.group(1) + rest, describe(m.group(3)));
  }

  private static PlantedBug java(String source) {
    int brace = source.indexOf('{');
    Matcher m = JAVA_COMMENT.matcher(source);
    if (!m.find() || (brace >= 0 && m.start() > brace)) {
      return new PlantedBug(source, "");
    }
    String code = source.substring(0, m.start()) + source.substring(m.end());
    return new PlantedBug(code, describe(m.group(1)));
  }

  /** The comment's text on one line: Javadoc stars and the verdict lead removed. */
  private static String describe(String comment) {
    String text =
        comment
            .replaceFirst("\\A\\*", "")
            .replaceAll("(?m)^[ \\t]*\\*[ \\t]?", "")
            .replaceAll("\\s+", " ")
            .strip();
    text = LEAD.matcher(text).replaceFirst("");
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
