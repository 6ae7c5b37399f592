package dev.allclose.interview.coverage;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a sentence from a list of words. A passage is prose when it has at least {@link #MIN_WORDS}
 * words, at least one of them a function word (an article, auxiliary, preposition, pronoun or
 * subordinator: "is", "the", "of", "because", ...; "and" and "or" do not count, lists use them),
 * and it is not a run of short comma-separated items: with three or more items of which most have
 * at most {@link #SHORT_ITEM} words, it needs {@link #LIST_FUNCTION_WORDS} function words.
 *
 * <p>So "Bias, variance, underfitting, overfitting." and the bullet "- cross-validation" are not
 * prose, while "- Bias is the error of the average fit." and "Regularisation, more data and
 * ensembling are the levers." are. A heuristic: it is meant for answers in English.
 */
public final class Prose {
  static final int MIN_WORDS = 4;
  static final int SHORT_ITEM = 3;
  static final int LIST_FUNCTION_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;/|]");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "can",
          "could",
          "will",
          "would",
          "should",
          "may",
          "might",
          "must",
          "shall",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "with",
          "into",
          "onto",
          "than",
          "as",
          "that",
          "which",
          "who",
          "whose",
          "what",
          "when",
          "where",
          "why",
          "how",
          "because",
          "so",
          "if",
          "while",
          "whereas",
          "although",
          "though",
          "since",
          "unless",
          "it",
          "its",
          "it's",
          "this",
          "these",
          "those",
          "they",
          "their",
          "them",
          "we",
          "our",
          "you",
          "your",
          "i",
          "my",
          "he",
          "she",
          "his",
          "her",
          "there",
          "not",
          "no",
          "never",
          "each",
          "every",
          "any",
          "some",
          "all",
          "more",
          "less",
          "most",
          "too",
          "very",
          "also",
          "only",
          "then",
          "once",
          "over",
          "under",
          "between",
          "about",
          "through",
          "without",
          "isn't",
          "aren't",
          "doesn't",
          "don't",
          "can't",
          "won't",
          "means",
          "mean",
          "gives",
          "makes",
          "let",
          "lets");

  private Prose() {}

  /** Whether {@code passage} reads as a sentence rather than a list of words. */
  public static boolean isProse(String passage) {
    String text = passage.toLowerCase(Locale.ROOT).replace('’', '\'');
    var m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    while (m.find()) {
      words++;
      if (FUNCTION_WORDS.contains(m.group())) {
        function++;
      }
    }
    if (words < MIN_WORDS || function == 0) {
      return false;
    }
    return !isWordList(text) || function >= LIST_FUNCTION_WORDS;
  }

  private static boolean isWordList(String text) {
    String[] items = ITEM_SEPARATOR.split(text);
    if (items.length < 3) {
      return false;
    }
    int shortItems = 0;
    for (String item : items) {
      if (WORD.matcher(item).results().count() <= SHORT_ITEM) {
        shortItems++;
      }
    }
    return 2 * shortItems >= items.length;
  }
}
