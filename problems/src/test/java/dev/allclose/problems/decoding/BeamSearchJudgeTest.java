package dev.allclose.problems.decoding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.Judge;
import dev.allclose.judge.Mode;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.testkit.TestJudge;
import dev.allclose.problems.BuiltInProblems;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker's messages through the real judge and the real Python harness, on the sample cases.
 * The first sample is the statement's worked example with length penalty 1, whose answer is ([2, 1,
 * 2], -3.25 / 3) then ([2, 1, 0], -3.5 / 3); each solution below is a right one with its result
 * spoiled in one way, so the first failing case is that one.
 */
class BeamSearchJudgeTest {
  private static final String RIGHT =
      """
      def right(start_logp, trans_logp, eos_id, beam_width, max_len, length_penalty=0.0):
          V = len(start_logp)
          alive, finished = [([], 0.0)], []
          for _ in range(max_len):
              candidates = []
              for tokens, logp in alive:
                  row = start_logp if not tokens else trans_logp[tokens[-1]]
                  candidates += [(tokens + [v], logp + float(row[v])) for v in range(V)]
              candidates.sort(key=lambda c: (-c[1], c[0]))
              alive = []
              for c in candidates:
                  if len(alive) == beam_width:
                      break
                  (finished if c[0][-1] == eos_id else alive).append(c)
              if len(finished) >= beam_width or not alive:
                  break
          finished += alive
          scored = [(t, lp / len(t) ** length_penalty) for t, lp in finished]
          scored.sort(key=lambda h: (-h[1], h[0]))
          return scored[:beam_width]

      """;

  private static Judge judge;
  private static ProblemPackage pkg;

  @BeforeAll
  static void setUp() throws Exception {
    pkg = ProblemCatalog.load(List.of(new BuiltInProblems())).find("beam-search").orElseThrow();
    judge = TestJudge.in(Files.createTempDirectory("allclose-beam-search-test")).judge();
  }

  @Test
  void numpyTokensAndScoresOrTuplesOfTokensAreAccepted() throws Exception {
    assertThat(
            python(
                    "import numpy as np\n",
                    "[(np.array(t, dtype=np.int64), np.float64(s)) for t, s in beams]")
                .verdict())
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(python("", "[(tuple(t), s) for t, s in beams]").verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void beamsOutOfOrderNameTheFirstWrongBeam() throws Exception {
    SubmissionReport r = python("", "beams[::-1]");
    assertThat(r.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(r.message())
        .contains("sample-1-worked")
        .contains(
            "beam 0: expected tokens [2, 1, 2] (score -1.08333), got tokens [2, 1, 0] (score"
                + " -1.16667); you returned [2, 1, 2] as beam 1; 2 of 2 beams differ");
  }

  @Test
  void aMissingBeamIsCounted() throws Exception {
    SubmissionReport r = python("", "beams[:-1]");
    assertThat(r.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(r.message())
        .contains(
            "returned 1 beam, expected 2; the first missing one is beam 1, tokens [2, 1, 0]"
                + " (score -1.16667)");
  }

  @Test
  void aScoreOffByMoreThanTheToleranceIsShownWithItsError() throws Exception {
    SubmissionReport r = python("", "[(t, s + 1e-3) for t, s in beams]");
    assertThat(r.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(r.message())
        .contains(
            "beam 0: tokens [2, 1, 2] are right but the score is -1.08233, expected -1.08333"
                + " (abs error 0.0010); 2 of 2 beams differ");
  }

  @Test
  void unreadableResultsAreExplained() throws Exception {
    SubmissionReport none = python("", "None");
    assertThat(none.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(none.message())
        .contains(
            "could not read the result (NoneType): expected a list of (tokens, score) pairs;"
                + " the answer is a list of 2 (tokens, score) pairs");
    SubmissionReport floats = python("", "[([float(v) for v in t], s) for t, s in beams]");
    assertThat(floats.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(floats.message()).contains("not all integers");
    SubmissionReport scoresOnly = python("", "[s for t, s in beams]");
    assertThat(scoresOnly.message()).contains("element 0 is float, not a (tokens, score) pair");
  }

  /** Runs {@code RIGHT} on the samples with its result {@code beams} replaced by an expression. */
  private static SubmissionReport python(String imports, String expression) throws Exception {
    String source =
        imports
            + RIGHT
            + "def beam_search(start_logp, trans_logp, eos_id, beam_width, max_len,"
            + " length_penalty=0.0):\n"
            + "    beams = right(start_logp, trans_logp, eos_id, beam_width, max_len,"
            + " length_penalty)\n"
            + "    return "
            + expression
            + "\n";
    return judge.judgeSource(pkg, source, "solution.py", Mode.TEST, CaseProgress.NONE);
  }
}
