package dev.allclose.app.authoring;

import dev.allclose.app.AppException;
import dev.allclose.judge.Judge;
import dev.allclose.judge.Mode;
import dev.allclose.judge.PackageVerifier;
import dev.allclose.judge.SubmissionException;
import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.PackageVerification;
import dev.allclose.judge.report.SubmissionCheck;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * For problem authors: a package checked against its known submissions (each must get the verdict
 * of its folder), and a time limit proposed from its accepted solutions' timings. Nothing here is
 * recorded in the tracker.
 */
public final class Authoring {
  private final Supplier<Judge> judge;
  private final Supplier<PackageVerifier> verifier;

  public Authoring(Supplier<Judge> judge, Supplier<PackageVerifier> verifier) {
    this.judge = judge;
    this.verifier = verifier;
  }

  /** Judges every known submission of a package; {@code onEach} hears each as it is checked. */
  public PackageVerification verify(ProblemPackage p, Consumer<SubmissionCheck> onEach) {
    return verifier.get().verify(p, onEach);
  }

  /**
   * Times each accepted Python solution {@code runs} times per case and proposes a limit (see
   * {@link Calibration}). Refused when there is no accepted Python solution or one is rejected.
   */
  public Calibration calibrate(ProblemPackage p, int runs, double factor, long floorMs) {
    if (runs < 1) {
      throw AppException.invalid("--runs must be at least 1");
    }
    List<KnownSubmission> accepted =
        p.submissions().stream()
            .filter(s -> s.expected() == Verdict.ACCEPTED && s.language() == Language.PYTHON)
            .toList();
    if (accepted.isEmpty()) {
      throw AppException.invalid(p.slug() + " has no accepted Python solution to time");
    }
    List<Calibration.Timing> timings = new ArrayList<>();
    double slowest = 0;
    for (KnownSubmission s : accepted) {
      for (Map.Entry<String, List<Double>> e : timings(p, s, runs).entrySet()) {
        List<Double> t = new ArrayList<>(e.getValue());
        t.sort(null);
        double median = t.get(t.size() / 2);
        slowest = Math.max(slowest, median);
        timings.add(new Calibration.Timing(s.name(), e.getKey(), median, t.get(t.size() - 1)));
      }
    }
    return new Calibration(
        timings,
        slowest,
        Calibration.propose(slowest, factor, floorMs),
        factor,
        floorMs,
        p.metadata().limits().timeMs());
  }

  private Map<String, List<Double>> timings(ProblemPackage p, KnownSubmission s, int runs) {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      SubmissionReport r;
      try {
        r = judge.get().judge(p, s.file(), Mode.SUBMIT, CaseProgress.NONE);
      } catch (SubmissionException e) {
        throw AppException.invalid(String.valueOf(e.getMessage()));
      }
      if (!r.accepted()) {
        throw AppException.invalid(
            s.name() + " was not accepted (" + r.message() + "); fix it before calibrating");
      }
      for (CaseReport c : r.cases()) {
        times.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.timeMs());
      }
    }
    return times;
  }
}
