package dev.allclose.app.judging;

import dev.allclose.app.AppException;
import dev.allclose.judge.Judge;
import dev.allclose.judge.Mode;
import dev.allclose.judge.SubmissionException;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.run.Isolation;
import dev.allclose.store.Store;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Judging a solution and keeping the record: every judged run (samples or all cases) is stored with
 * its report and the time since the problem's clock started, which is what the tracker reads. A
 * solution the judge refuses before running it (an unreadable file, an unchanged starter, a banned
 * call) is an {@link AppException} (invalid) with the judge's one-line reason. Thread-safe.
 */
public final class Judging {
  private final Supplier<Judge> judge;
  private final Supplier<Store> store;
  private final Supplier<Isolation> isolation;

  public Judging(Supplier<Judge> judge, Supplier<Store> store, Supplier<Isolation> isolation) {
    this.judge = judge;
    this.store = store;
    this.isolation = isolation;
  }

  /**
   * Starts, in the background, a Python harness for the judgement about to come (see {@link
   * Judge#warmUp}): for a command that will judge once, while it loads the rest.
   */
  public void warmUp() {
    judge.get().warmUp();
  }

  /**
   * Keeps a Python harness started ahead of time for every judgement (see {@link Judge#keepWarm}).
   */
  public void keepWarm() {
    judge.get().keepWarm();
  }

  /** Judges a file and records the submission. */
  public SubmissionReport judge(ProblemPackage pkg, Path file, Mode mode, CaseProgress progress) {
    SubmissionReport report;
    try {
      report = judge.get().judge(pkg, file, mode, progress);
    } catch (SubmissionException e) {
      throw AppException.invalid(String.valueOf(e.getMessage()));
    }
    store
        .get()
        .submissions()
        .record(Recorder.record(report, Recorder.sourceOf(file), file.toAbsolutePath().toString()));
    return report;
  }

  /** Judges source text (the web editor's) and records it. */
  public SubmissionReport judge(
      ProblemPackage pkg, String source, String fileName, Mode mode, CaseProgress progress) {
    SubmissionReport report;
    try {
      report = judge.get().judgeSource(pkg, source, fileName, mode, progress);
    } catch (SubmissionException e) {
      throw AppException.invalid(String.valueOf(e.getMessage()));
    }
    store.get().submissions().record(Recorder.record(report, source, fileName));
    return report;
  }

  /** One line saying that solutions run without a sandbox, and why, when they do. */
  public Optional<String> sandboxWarning() {
    return isolation.get().warning();
  }
}
