package dev.allclose.judge;

import dev.allclose.judge.cases.CaseGenerationException;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.PackageVerification;
import dev.allclose.judge.report.SubmissionCheck;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks a valid package end to end: its cases can be made and fit the contract, and every solution
 * in {@code submissions/<verdict>/} gets exactly that verdict on all cases.
 */
public final class PackageVerifier {
  private final Judge judge;
  private final CaseStore caseStore;

  public PackageVerifier(Judge judge, CaseStore caseStore) {
    this.judge = judge;
    this.caseStore = caseStore;
  }

  public PackageVerification verify(ProblemPackage pkg, Consumer<SubmissionCheck> onEach) {
    try {
      caseStore.load(pkg);
    } catch (CaseGenerationException e) {
      return new PackageVerification(pkg.slug(), String.valueOf(e.getMessage()), List.of());
    }
    List<SubmissionCheck> checks = new ArrayList<>();
    for (KnownSubmission s : pkg.submissions()) {
      SubmissionCheck check;
      try {
        SubmissionReport r = judge.judge(pkg, s.file(), Mode.SUBMIT, CaseProgress.NONE);
        check = new SubmissionCheck(s, r.verdict(), r.message(), r.timeMs());
      } catch (SubmissionException e) {
        check = new SubmissionCheck(s, Verdict.INTERNAL_ERROR, String.valueOf(e.getMessage()), 0);
      }
      checks.add(check);
      onEach.accept(check);
    }
    return new PackageVerification(pkg.slug(), "", checks);
  }
}
