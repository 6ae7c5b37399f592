package dev.allclose.interview.critique;

import dev.allclose.interview.bank.Flaw;
import dev.allclose.interview.bank.Paper;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.Verdict;
import dev.allclose.interview.mock.Rubric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a structured critique against a paper's answer key, flaw by flaw: each flaw's signs are
 * key points, every section of the critique but the claim is searched (a flaw spotted in the wrong
 * section still counts), and the best-matching passage decides the flaw's verdict. The signs of all
 * flaws are scored together, with the paper's claim beside them, so a passage plainly about one
 * flaw (or one that only restates the claim) does not count for another.
 */
public final class CritiqueScorer {
  /**
   * Where flaws are looked for: every section but the claim, whose sentences restate the paper's
   * claim in the words the signs of an untested claim or a stale baseline also use; by meaning,
   * "they claim a better ResNet recipe" is as close to "the abstract claims a new state of the art,
   * but the only baseline is the 2015 recipe" as a real finding.
   */
  private static final List<CritiqueSection> FLAW_SECTIONS =
      java.util.Arrays.stream(CritiqueSection.values())
          .filter(s -> s != CritiqueSection.CLAIM)
          .toList();

  private final Rubric rubric;

  public CritiqueScorer(Rubric rubric) {
    this.rubric = rubric;
  }

  public CritiqueResult score(Paper paper, Map<CritiqueSection, String> critique) {
    Map<CritiqueSection, List<PointCoverage>> bySection = new EnumMap<>(CritiqueSection.class);
    List<String> signs = new ArrayList<>();
    paper.flaws().forEach(f -> signs.addAll(f.signs()));
    signs.add(paper.claim());
    for (CritiqueSection section : FLAW_SECTIONS) {
      bySection.put(section, rubric.cover(signs, critique.getOrDefault(section, "")));
    }
    List<FlawScore> flaws = new ArrayList<>();
    double earned = 0;
    int first = 0;
    for (Flaw flaw : paper.flaws()) {
      FlawScore s = score(flaw, bySection, first);
      first += flaw.signs().size();
      flaws.add(s);
      earned += s.verdict() == Verdict.COVERED ? 1 : s.verdict() == Verdict.PARTLY ? 0.5 : 0;
    }
    PointCoverage claim =
        rubric
            .cover(List.of(paper.claim()), critique.getOrDefault(CritiqueSection.CLAIM, ""))
            .get(0);
    PointCoverage firstExperiment =
        rubric
            .cover(
                List.of(paper.firstExperiment()),
                critique.getOrDefault(CritiqueSection.FIRST_EXPERIMENT, ""))
            .get(0);
    return new CritiqueResult(
        paper.id(), flaws, claim, firstExperiment, earned / paper.flaws().size());
  }

  /** The flaw's best sign over every section; its signs start at {@code first} in each list. */
  private static FlawScore score(
      Flaw flaw, Map<CritiqueSection, List<PointCoverage>> bySection, int first) {
    PointCoverage best = null;
    CritiqueSection where = null;
    for (CritiqueSection section : FLAW_SECTIONS) {
      List<PointCoverage> covered = bySection.getOrDefault(section, List.of());
      for (PointCoverage c : covered.subList(first, first + flaw.signs().size())) {
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
