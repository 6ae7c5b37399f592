package dev.allclose.app.practice;

import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemMetadata;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem as the catalog and the tracker show it: what it is and where the user stands.
 *
 * @param attempts full submissions made (runs of the samples are not counted)
 * @param timeMs from the start of the problem's clock to the first accepted submission; null until
 *     the problem is solved (an unsolved problem has no time to show)
 * @param derivationScore the score of the latest derivation, in [0, 1]; null when the problem asks
 *     for none or none was written
 */
public record TrackedProblem(
    int number,
    String slug,
    String title,
    int section,
    String sectionTitle,
    String difficulty,
    int minutes,
    List<String> concepts,
    List<String> companies,
    List<String> languages,
    ProblemStatus status,
    @Nullable Instant firstSolved,
    int attempts,
    @Nullable Long timeMs,
    @Nullable String note,
    @Nullable Double derivationScore) {

  static TrackedProblem of(
      ProblemMetadata m,
      ProblemStatus status,
      @Nullable Instant firstSolved,
      int attempts,
      @Nullable Long timeMs,
      @Nullable String note,
      @Nullable Double derivationScore) {
    return new TrackedProblem(
        m.number(),
        m.slug(),
        m.title(),
        m.section().number(),
        m.section().title(),
        m.difficulty().id(),
        m.minutes(),
        m.concepts(),
        m.companies(),
        m.languages().stream().map(Language::id).toList(),
        status,
        firstSolved,
        attempts,
        timeMs,
        note,
        m.asksForDerivation() ? derivationScore : null);
  }

  public boolean solved() {
    return status == ProblemStatus.SOLVED;
  }
}
