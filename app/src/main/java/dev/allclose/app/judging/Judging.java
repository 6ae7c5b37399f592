package dev.allclose.app.judging;

import dev.allclose.app.AppException;
import dev.allclose.judge.Judge;
import dev.allclose.judge.Mode;
import dev.allclose.judge.SubmissionException;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.run.Isolation;
import dev.allclose.store.Runs;
import dev.allclose.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

  /**
   * Stores a run a server accepts, before it answers: a run stored is judged even if the server
   * stops before it is (see {@link #queuedRuns}). Returns its id.
   */
  public String accept(ProblemPackage pkg, String source, String fileName, Mode mode) {
    return store
        .get()
        .runs()
        .add(pkg.slug(), languageOf(fileName), fileName, source, mode.id())
        .id();
  }

  /**
   * Judges an accepted run and records its submission with the run's end, in one transaction, so
   * that a run judged twice (after a crash) is recorded once.
   */
  public SubmissionReport judgeRun(
      String runId,
      ProblemPackage pkg,
      String source,
      String fileName,
      Mode mode,
      CaseProgress progress) {
    SubmissionReport report;
    try {
      report = judge.get().judgeSource(pkg, source, fileName, mode, progress);
    } catch (SubmissionException e) {
      store.get().runs().fail(runId, String.valueOf(e.getMessage()));
      throw AppException.invalid(String.valueOf(e.getMessage()));
    }
    store.get().runs().finish(runId, Recorder.record(report, source, fileName));
    return report;
  }

  /** Records the progress of a run judged by a worker, for the server that follows it. */
  public void reportProgress(
      String runId, String worker, int planned, int finished, @Nullable String currentCase) {
    store.get().runs().progress(runId, worker, planned, finished, currentCase);
  }

  /** The version of a problem's package as judging sees it (a content hash). */
  public String packageVersion(ProblemPackage pkg) {
    return CaseStore.packageVersion(pkg);
  }

  /** Ends an accepted run that could not be judged, with a one-line reason. */
  public void failRun(String runId, String reason) {
    store.get().runs().fail(runId, reason);
  }

  /** The accepted runs not yet ended, oldest first. */
  public List<Runs.RunRecord> queuedRuns() {
    return store.get().runs().queued();
  }

  /** How many accepted runs have not ended: a count, without their sources. */
  public int queuedRunCount() {
    return store.get().runs().queuedCount();
  }

  /** An accepted run as stored, with the report of its submission once it has ended. */
  public Optional<StoredRun> run(String runId) {
    return store
        .get()
        .runs()
        .get(runId)
        .map(
            r ->
                new StoredRun(
                    r,
                    r.submissionId() == null
                        ? null
                        : store.get().submissions().report(r.submissionId()).orElse(null)));
  }

  /**
   * A stored run and the JSON of its submission's report (null until it ends, or when it failed).
   */
  public record StoredRun(Runs.RunRecord run, @Nullable String reportJson) {}

  /** Forgets the runs that ended before {@code before} (their submissions stay). */
  public void forgetRunsEndedBefore(Instant before) {
    store.get().runs().forgetEndedBefore(before);
  }

  private static String languageOf(String fileName) {
    return dev.allclose.judge.problem.Language.fromFile(Path.of(fileName))
        .map(dev.allclose.judge.problem.Language::id)
        .orElse("unknown");
  }

  /** One line saying that solutions run without a sandbox, and why, when they do. */
  public Optional<String> sandboxWarning() {
    return isolation.get().warning();
  }
}
