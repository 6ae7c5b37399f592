package dev.allclose.app.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.app.Workbench;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.Verdict;
import dev.allclose.judge.problem.ProblemPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key points of every built-in derivation are written so that the rubric can find them: the
 * model derivation, scored like a user's, covers every one of them. A point the model derivation
 * does not cover is phrased in words no derivation would use, and would mark right answers wrong.
 */
class DerivationRubricTest {
  @TempDir Path home;

  @Test
  void everyModelDerivationCoversEveryKeyPointOfItsRubric() {
    Workbench app = new Workbench(home, List.of(), warning -> {});
    List<String> uncovered = new ArrayList<>();
    int problems = 0;
    for (ProblemPackage p : app.catalog().problems()) {
      if (!p.metadata().asksForDerivation()) {
        continue;
      }
      problems++;
      List<PointCoverage> coverage =
          app.rubric().cover(p.metadata().derivationPoints(), p.derivation().orElseThrow());
      for (PointCoverage c : coverage) {
        if (c.verdict() != Verdict.COVERED) {
          uncovered.add(
              p.slug() + " (" + c.verdict().id() + ", " + c.score() + "): " + c.keyPoint());
        }
      }
    }
    assertThat(problems).isPositive();
    assertThat(uncovered).isEmpty();
  }

  @Test
  void anEmptyishOrOffTopicDerivationScoresLow() {
    Workbench app = new Workbench(home, List.of(), warning -> {});
    for (ProblemPackage p : app.catalog().problems()) {
      if (p.metadata().asksForDerivation()) {
        List<PointCoverage> coverage =
            app.rubric()
                .cover(
                    p.metadata().derivationPoints(),
                    "I would write a loop over the data and check the result by printing it.");
        assertThat(coverage).as(p.slug()).allMatch(c -> c.verdict() == Verdict.MISSED);
      }
    }
  }
}
