package dev.allclose.interview.open;

import dev.allclose.interview.bank.OpenPart;
import dev.allclose.interview.bank.OpenPrompt;
import dev.allclose.interview.coverage.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an open-problems answer against the structure the seeds recommend, before the user's own
 * review: each part says something (at least {@link #MIN_WORDS} content words), the "why current
 * approaches fail" part names work (an author-year citation, "et al.", an arXiv id, or one of the
 * prompt's suggested papers), the experiment part has something measurable (a number or a named
 * metric), and the problem part does not stop at calling the problem hard.
 */
public final class OpenReview {
  public static final int MIN_WORDS = 12;

  private static final Pattern CITATION =
      Pattern.compile("et al\\.?|\\b(19|20)\\d{2}\\b|arxiv|\\[\\d+\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEASURABLE =
      Pattern.compile(
          "\\d|accuracy|recall|precision|ndcg|perplexity|latency|throughput|win.?rate|f1|auc|error|"
              + "success rate|calibration|exact match|bleu|rouge",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLY_HARD =
      Pattern.compile(
          "\\b(really|very|extremely|just)\\s+(hard|difficult)\\b", Pattern.CASE_INSENSITIVE);

  private OpenReview() {}

  public static List<OpenCheck> check(OpenPrompt prompt, Map<OpenPart, String> answer) {
    List<OpenCheck> checks = new ArrayList<>();
    for (OpenPart part : OpenPart.values()) {
      int words = Text.terms(answer.getOrDefault(part, "")).size();
      checks.add(
          new OpenCheck(
              part.id(),
              "says something",
              words >= MIN_WORDS,
              words + " content words (at least " + MIN_WORDS + " expected)"));
    }
    String current = answer.getOrDefault(OpenPart.CURRENT_APPROACHES, "");
    boolean named =
        CITATION.matcher(current).find()
            || prompt.papers().stream().anyMatch(p -> mentions(current, p));
    checks.add(
        new OpenCheck(
            OpenPart.CURRENT_APPROACHES.id(),
            "names papers",
            named,
            named ? "cites specific work" : "no paper named; say which approaches fail, by name"));
    String experiment = answer.getOrDefault(OpenPart.EXPERIMENT, "");
    boolean measurable = MEASURABLE.matcher(experiment).find();
    checks.add(
        new OpenCheck(
            OpenPart.EXPERIMENT.id(),
            "has an outcome measure",
            measurable,
            measurable
                ? "names what it measures"
                : "no number or metric; say how you would know it worked"));
    String problem = answer.getOrDefault(OpenPart.PROBLEM, "");
    boolean onlyHard =
        ONLY_HARD.matcher(problem).find() && Text.terms(problem).size() < 2 * MIN_WORDS;
    checks.add(
        new OpenCheck(
            OpenPart.PROBLEM.id(),
            "goes beyond 'it is hard'",
            !onlyHard,
            onlyHard
                ? "calls the problem hard without saying what makes it so"
                : "states the problem"));
    return checks;
  }

  /**
   * Whether {@code text} names the paper: its first word of five letters or more, say an author.
   */
  static boolean mentions(String text, String paper) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : paper.split("[^A-Za-z0-9-]+")) {
      if (word.length() >= 5 && Character.isUpperCase(word.charAt(0))) {
        return lower.contains(word.toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }
}
