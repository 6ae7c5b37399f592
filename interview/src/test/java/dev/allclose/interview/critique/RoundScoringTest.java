package dev.allclose.interview.critique;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.interview.bank.DesignPrompt;
import dev.allclose.interview.bank.DesignSection;
import dev.allclose.interview.bank.Flaw;
import dev.allclose.interview.bank.OpenPart;
import dev.allclose.interview.bank.OpenPrompt;
import dev.allclose.interview.bank.Paper;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.coverage.Verdict;
import dev.allclose.interview.design.DesignResult;
import dev.allclose.interview.design.DesignScorer;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.interview.open.OpenCheck;
import dev.allclose.interview.open.OpenReview;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Critique, design and open-problems scoring on the built-in bank's own answer keys. */
class RoundScoringTest {
  private static final QuestionBank BANK = QuestionBank.builtIn();
  private static final Rubric RUBRIC = new Rubric(BANK);

  @Test
  void aCritiqueWritingOutEveryFlawFindsEveryFlawInEveryPaper() {
    for (Paper p : BANK.papers()) {
      Map<CritiqueSection, String> critique = new EnumMap<>(CritiqueSection.class);
      critique.put(CritiqueSection.CLAIM, p.claim());
      critique.put(
          CritiqueSection.BASELINES,
          String.join(" ", p.flaws().stream().map(f -> String.join(" ", f.signs())).toList()));
      critique.put(CritiqueSection.FIRST_EXPERIMENT, p.firstExperiment());
      CritiqueResult r = new CritiqueScorer(RUBRIC).score(p, critique);
      assertThat(r.flaws()).as(p.id()).allMatch(f -> f.verdict() == Verdict.COVERED);
      assertThat(r.score()).isEqualTo(1.0);
      assertThat(r.claim().verdict()).isEqualTo(Verdict.COVERED);
      assertThat(r.firstExperiment().verdict()).isEqualTo(Verdict.COVERED);
    }
  }

  @Test
  void aCritiqueFindingOneFlawScoresThatFlawOnlyAndNamesItsSection() {
    Paper p = BANK.paper("curriculum-dropout").orElseThrow();
    Map<CritiqueSection, String> critique = new EnumMap<>(CritiqueSection.class);
    critique.put(CritiqueSection.CLAIM, "They claim a better ResNet recipe.");
    critique.put(
        CritiqueSection.ABLATIONS,
        "The ablation removes all three parts together, so it cannot tell which component helps;"
            + " stochastic depth alone might explain it.");
    CritiqueResult r = new CritiqueScorer(RUBRIC).score(p, critique);
    Flaw ablation =
        p.flaws().stream()
            .filter(f -> f.id().equals("all-or-nothing-ablation"))
            .findFirst()
            .orElseThrow();
    assertThat(r.flaws())
        .filteredOn(f -> f.flaw().equals(ablation.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.COVERED);
              assertThat(f.section()).isEqualTo("ablations");
            });
    assertThat(r.flaws()).filteredOn(f -> f.verdict() == Verdict.COVERED).hasSize(1);
    assertThat(r.score()).isLessThan(0.6);
  }

  @Test
  void anEmptyCritiqueFindsNothing() {
    Paper p = BANK.papers().get(0);
    CritiqueResult r = new CritiqueScorer(RUBRIC).score(p, Map.of());
    assertThat(r.flaws()).allMatch(f -> f.verdict() == Verdict.MISSED && f.section() == null);
    assertThat(r.score()).isZero();
  }

  @Test
  void theModelDesignMatchesItselfAndItsSeedsPassThePowerAnalysis() {
    for (DesignPrompt d : BANK.designs()) {
      Map<DesignSection, String> design = new EnumMap<>(DesignSection.class);
      d.model().forEach(design::put);
      DesignResult r = new DesignScorer(RUBRIC).score(d, design);
      assertThat(r.score()).as(d.id()).isGreaterThan(0.95);
      assertThat(r.seeds().stated()).as(d.id()).isEqualTo(r.seeds().analysis().runsPerArm());
      assertThat(r.seeds().enough()).isTrue();
    }
  }

  @Test
  void tooFewSeedsOrNoNumberAreFlagged() {
    DesignPrompt d = BANK.design("deduplication-pretraining").orElseThrow();
    DesignResult three =
        new DesignScorer(RUBRIC).score(d, Map.of(DesignSection.SEEDS, "3 seeds per arm"));
    assertThat(three.seeds().stated()).isEqualTo(3);
    assertThat(three.seeds().enough()).isFalse();
    assertThat(three.seeds().analysis().runsPerArm()).isEqualTo(10);
    DesignResult none = new DesignScorer(RUBRIC).score(d, Map.of(DesignSection.SEEDS, "several"));
    assertThat(none.seeds().stated()).isNull();
    assertThat(none.score()).isLessThan(0.2);
  }

  @Test
  void openProblemChecksFollowTheRecommendedStructure() {
    OpenPrompt o = BANK.openPrompt("retrieval-evaluation").orElseThrow();
    Map<OpenPart, String> strong = new EnumMap<>(OpenPart.class);
    o.reference().forEach(strong::put);
    assertThat(OpenReview.check(o, strong)).allMatch(OpenCheck::passed);

    Map<OpenPart, String> weak =
        Map.of(
            OpenPart.PROBLEM, "Retrieval is really hard.", OpenPart.EXPERIMENT, "Try some ideas.");
    List<OpenCheck> checks = OpenReview.check(o, weak);
    assertThat(checks.stream().filter(c -> !c.passed()).map(OpenCheck::check))
        .contains(
            "says something", "names papers", "has an outcome measure", "goes beyond 'it is hard'");
  }
}
