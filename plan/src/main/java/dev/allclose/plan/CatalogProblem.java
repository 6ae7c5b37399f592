package dev.allclose.plan;

import dev.allclose.judge.problem.Difficulty;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import java.util.List;

/**
 * What planning and statistics need to know of a catalog problem.
 *
 * @param section the catalog section's number, 1 to 5
 * @param minutes the time budget the catalog gives it
 */
public record CatalogProblem(
    int number,
    String slug,
    String title,
    int section,
    Difficulty difficulty,
    int minutes,
    List<String> concepts) {
  public CatalogProblem {
    concepts = List.copyOf(concepts);
  }

  public static CatalogProblem of(ProblemPackage p) {
    ProblemMetadata m = p.metadata();
    return new CatalogProblem(
        m.number(),
        p.slug(),
        m.title(),
        m.section().number(),
        m.difficulty(),
        m.minutes(),
        m.concepts());
  }

  /** "#7 Flash Attention", as the plan and the tracker print it. */
  public String label() {
    return "#" + number + " " + title;
  }
}
