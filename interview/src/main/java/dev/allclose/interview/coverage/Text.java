package dev.allclose.interview.coverage;

import dev.allclose.fields.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits answers into sentences and sentences into index terms: lower-cased words and numbers,
 * English stop words dropped, and a light suffix stripping so that "regularisation",
 * "regularization" and "regularize" or "seeds" and "seed" meet on one term. The stripping is a few
 * rules, not a full stemmer: it only has to make the same word in two inflections agree.
 */
public final class Text {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?;:])\\s+|\\n\\s*\\n|\\n\\s*[-*]\\s+");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are",
          "as", "at", "be", "because", "been", "before", "being", "both", "but", "by", "can",
          "could", "did", "do", "does", "doing", "each", "either", "else", "etc", "even", "for",
          "from", "further", "get", "gets", "had", "has", "have", "having", "he", "her", "here",
          "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let",
          "like", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not",
          "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over",
          "own", "per", "same", "say", "she", "should", "so", "some", "such", "than", "that", "the",
          "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
          "too", "two", "under", "until", "up", "us", "use", "used", "uses", "using", "very", "via",
          "was", "way", "we", "well", "were", "what", "when", "where", "whether", "which", "while",
          "who", "whom", "why", "will", "with", "within", "without", "would", "yes", "yet", "you",
          "your");

  private Text() {}

  /**
   * The sentences of {@code text}, each on one line: split after . ! ? ; : and at blank lines and
   * list bullets.
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      String sentence = Fields.oneLine(s).replaceFirst("^[-*]\\s+", "");
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  /** The index terms of {@code text}, in order, repeats kept. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      String w = m.group();
      if (!STOP_WORDS.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A few suffix rules (longest first); words of four letters or fewer are kept whole. */
  static String stem(String w) {
    if (w.length() <= 4 || Character.isDigit(w.charAt(0))) {
      return w;
    }
    String s = w.replace("isation", "ization").replace("ise", "ize").replace("yse", "yze");
    for (String suffix :
        new String[] {
          "izations",
          "ization",
          "ations",
          "ation",
          "izing",
          "ized",
          "izes",
          "ize",
          "ities",
          "ity",
          "ments",
          "ment",
          "ness",
          "ings",
          "ing",
          "ies",
          "ied",
          "ed",
          "es",
          "ly",
          "s"
        }) {
      if (s.endsWith(suffix) && s.length() - suffix.length() >= 4) {
        String base = s.substring(0, s.length() - suffix.length());
        return suffix.equals("ies") || suffix.equals("ied") ? base + "y" : base;
      }
    }
    return s;
  }
}
