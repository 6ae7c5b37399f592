package dev.allclose.interview.design;

import dev.allclose.interview.bank.DesignPrompt;
import dev.allclose.interview.bank.DesignSection;
import dev.allclose.interview.bank.Pilot;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.Text;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.interview.stats.Alternative;
import dev.allclose.interview.stats.PowerQuestion;
import dev.allclose.interview.stats.TTestPower;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores a design written in the template's sections: each section against the model's sentences
 * for it (lexical coverage, as for questions), and the number of seeds against a power analysis of
 * the prompt's pilot numbers (a t-test, {@link TTestPower}).
 */
public final class DesignScorer {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\b(\\d{1,6})\\b");

  private final Rubric rubric;

  public DesignScorer(Rubric rubric) {
    this.rubric = rubric;
  }

  public DesignResult score(DesignPrompt prompt, Map<DesignSection, String> design) {
    List<SectionScore> sections = new ArrayList<>();
    double total = 0;
    for (DesignSection s : DesignSection.values()) {
      List<String> points = Text.sentences(prompt.modelFor(s));
      List<PointCoverage> covered = rubric.cover(points, design.getOrDefault(s, ""));
      double score = covered.stream().mapToDouble(PointCoverage::score).average().orElse(0);
      sections.add(new SectionScore(s.id(), covered, score));
      total += score;
    }
    SeedCheck seeds =
        new SeedCheck(
            firstNumber(design.getOrDefault(DesignSection.SEEDS, "")),
            TTestPower.solve(question(prompt.pilot())));
    return new DesignResult(prompt.id(), sections, seeds, total / DesignSection.values().length);
  }

  /** The power question the pilot numbers ask. */
  public static PowerQuestion question(Pilot p) {
    return new PowerQuestion(
        p.effect(),
        p.sd(),
        p.alpha(),
        p.power(),
        p.paired(),
        Alternative.fromId(p.alternative()).orElseThrow());
  }

  static @Nullable Integer firstNumber(String text) {
    Matcher m = WHOLE_NUMBER.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
