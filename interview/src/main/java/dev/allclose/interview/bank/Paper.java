package dev.allclose.interview.bank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A short fabricated paper for the critique round, with its answer key.
 *
 * @param results a results table (Markdown)
 * @param ablation the ablation table, or null when the paper has none (itself worth a remark)
 * @param claim the central claim, as the key states it
 * @param flaws the planted flaws
 * @param firstExperiment the experiment the key would run first to check the result is real
 */
public record Paper(
    String id,
    String title,
    int minutes,
    String abstractText,
    String method,
    String results,
    @Nullable String ablation,
    String claim,
    List<Flaw> flaws,
    String firstExperiment) {
  public Paper {
    flaws = List.copyOf(flaws);
  }
}
