package dev.allclose.interview.mock;

import dev.allclose.interview.bank.Paper;
import dev.allclose.interview.bank.Question;
import dev.allclose.interview.bank.QuestionBank;
import dev.allclose.interview.coverage.KeyPoint;
import dev.allclose.interview.coverage.KeyPointCoverage;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.coverage.TermWeights;
import dev.allclose.interview.coverage.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores answers against a rubric: the automatic coverage of each key point ({@link
 * KeyPointCoverage}: by meaning, with a sentence-embedding model run in process, and flagging the
 * misconceptions a question lists), the user's own score of each (0 missed, 1 partly, 2 covered),
 * and the share of the rubric earned. Term weights come from the whole bank's rubric text, so that
 * words every rubric uses weigh little. Every round (mock answers, critique findings, design
 * sections, derivations) scores through it. Thread-safe.
 */
public final class Rubric {
  public static final int MAX_POINT_SCORE = 2;

  private final KeyPointCoverage coverage;

  public Rubric(QuestionBank bank) {
    this.coverage = new KeyPointCoverage(weights(bank));
  }

  /** The idf weights of terms over the bank's rubric text: key points, model answers, signs. */
  public static TermWeights weights(QuestionBank bank) {
    List<String> corpus = new ArrayList<>();
    for (Question q : bank.questions()) {
      corpus.addAll(q.keyPoints());
      corpus.add(q.modelAnswer());
    }
    for (Paper p : bank.papers()) {
      p.flaws().forEach(f -> corpus.addAll(f.signs()));
    }
    bank.designs().forEach(d -> corpus.addAll(d.model().values()));
    return TermWeights.of(corpus);
  }

  /** The coverage of points that carry no misconceptions. */
  public List<PointCoverage> cover(List<String> keyPoints, String answer) {
    return coverage.assess(KeyPoint.plain(keyPoints), answer);
  }

  /** The coverage of a question's key points, with its misconceptions. */
  public List<PointCoverage> cover(Question question, String answer) {
    return coverage.assess(question.rubricPoints(), answer);
  }

  /** The score the automatic verdict suggests for each point: 2 covered, 1 partly, 0 missed. */
  public static List<Integer> suggested(List<PointCoverage> coverage) {
    return coverage.stream()
        .map(c -> c.verdict() == Verdict.COVERED ? 2 : c.verdict() == Verdict.PARTLY ? 1 : 0)
        .toList();
  }

  /** The share of the rubric earned, in [0, 1]. */
  public static double share(List<Integer> scores) {
    if (scores.isEmpty()) {
      return 0;
    }
    return scores.stream().mapToInt(Integer::intValue).sum()
        / (double) (MAX_POINT_SCORE * scores.size());
  }
}
