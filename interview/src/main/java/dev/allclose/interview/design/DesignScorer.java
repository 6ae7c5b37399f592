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
 * for it (key-point coverage by meaning, as for questions), and the number of seeds against a power
 * analysis of the prompt's pilot numbers (a t-test, {@link TTestPower}).
 */
public final class DesignScorer {
  /** A count of runs: "12 seeds", "10 runs per arm", "32 batches". */
  private static final Pattern RUN_COUNT =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,6})(?![\\d.]\\d)\\s*(?:seeds?|runs?|pairs?|batches|trainings?|replicates?|repeats?|per arm)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Any whole number that is not part of a decimal. */
  private static final Pattern WHOLE_NUMBER =
      Pattern.compile("(?<![\\d.])(\\d{1,6})(?![\\d]|\\.\\d)");

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
            statedRuns(design.getOrDefault(DesignSection.SEEDS, "")),
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

  /**
   * The stated number of runs: a number followed by "seeds", "runs" and the like, else the last
   * whole number.
   */
  static @Nullable Integer statedRuns(String text) {
    Matcher m = RUN_COUNT.matcher(text);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    Matcher any = WHOLE_NUMBER.matcher(text);
    Integer last = null;
    while (any.find()) {
      last = Integer.valueOf(any.group(1));
    }
    return last;
  }
}
