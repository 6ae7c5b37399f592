package dev.allclose.interview.critique;

import dev.allclose.interview.bank.Flaw;
import dev.allclose.interview.bank.Paper;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.Verdict;
import dev.allclose.interview.mock.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a structured critique against a paper's answer key, flaw by flaw: each flaw's signs are
 * key points, every section of the critique is searched (a flaw spotted in the wrong section still
 * counts), and the best-matching passage decides the flaw's verdict.
 */
public final class CritiqueScorer {
  private final Rubric rubric;

  public CritiqueScorer(Rubric rubric) {
    this.rubric = rubric;
  }

  public CritiqueResult score(Paper paper, Map<CritiqueSection, String> critique) {
    List<FlawScore> flaws = new ArrayList<>();
    double earned = 0;
    for (Flaw flaw : paper.flaws()) {
      FlawScore s = score(flaw, critique);
      flaws.add(s);
      earned += s.verdict() == Verdict.COVERED ? 1 : s.verdict() == Verdict.PARTLY ? 0.5 : 0;
    }
    PointCoverage claim =
        rubric
            .cover(List.of(paper.claim()), critique.getOrDefault(CritiqueSection.CLAIM, ""))
            .get(0);
    PointCoverage first =
        rubric
            .cover(
                List.of(paper.firstExperiment()),
                critique.getOrDefault(CritiqueSection.FIRST_EXPERIMENT, ""))
            .get(0);
    return new CritiqueResult(paper.id(), flaws, claim, first, earned / paper.flaws().size());
  }

  private FlawScore score(Flaw flaw, Map<CritiqueSection, String> critique) {
    PointCoverage best = null;
    CritiqueSection where = null;
    for (CritiqueSection section : CritiqueSection.values()) {
      for (PointCoverage c : rubric.cover(flaw.signs(), critique.getOrDefault(section, ""))) {
        if (best == null || c.score() > best.score()) {
          best = c;
          where = c.evidence() == null ? null : section;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("flaw " + flaw.id() + " has no signs");
    }
    return new FlawScore(
        flaw.id(),
        flaw.kind().id(),
        best.score(),
        best.verdict(),
        best.confidence(),
        where == null ? null : where.id(),
        best.evidence());
  }
}
