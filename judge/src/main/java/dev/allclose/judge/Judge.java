package dev.allclose.judge;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Manifest;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.CaseGenerationException;
import dev.allclose.judge.cases.CaseSet;
import dev.allclose.judge.cases.CaseStore;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.check.OutputsChecker;
import dev.allclose.judge.problem.Allowances;
import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.Limits;
import dev.allclose.judge.problem.ProblemCode;
import dev.allclose.judge.problem.ProblemCodes;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.BatchFolder;
import dev.allclose.judge.run.CaseRun;
import dev.allclose.judge.run.CaseStep;
import dev.allclose.judge.run.ContainedProcess;
import dev.allclose.judge.run.HarnessSession;
import dev.allclose.judge.run.JavaRunner;
import dev.allclose.judge.run.Prepared;
import dev.allclose.judge.run.ProcessLauncher;
import dev.allclose.judge.run.ProcessLimits;
import dev.allclose.judge.run.PythonRunner;
import dev.allclose.judge.run.RunOutcome;
import dev.allclose.judge.run.Runner;
import dev.allclose.judge.run.Slot;
import dev.allclose.judge.run.WorkTree;
import dev.allclose.judge.verdict.CaseVerdicts;
import dev.allclose.judge.verdict.Determinism;
import dev.allclose.judge.verdict.RunVerdicts;
import dev.allclose.numeric.NdArray;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Judges a solution against a problem: prepares it with the language's {@link Runner}, runs its
 * cases in as few processes as the limits allow (one, unless some cases carry a memory limit of
 * their own), checks every result and decides the verdicts.
 *
 * <p>The first failure that stops the process (a time, memory or output limit, a crash) ends the
 * run; the cases after it are reported as not run. A wrong answer or an exception in one case does
 * not stop the others. Thread-safe: concurrent judgements use separate working folders.
 */
public final class Judge {
  private static final long MAX_SOURCE_BYTES = 1 << 20;

  private final CaseStore caseStore;
  private final Map<Language, Runner> runners = new LinkedHashMap<>();
  private final Path workRoot;
  private final JudgeSettings settings;
  private static final Checker DEFAULT_CHECKER = new OutputsChecker();

  private final Map<String, Checker> checkers = new ConcurrentHashMap<>();

  public Judge(CaseStore caseStore, List<Runner> runners, Path workRoot, JudgeSettings settings) {
    this.caseStore = caseStore;
    runners.forEach(r -> this.runners.put(r.language(), r));
    this.workRoot = workRoot;
    this.settings = settings;
  }

  /** A judge of Python and Java solutions whose harnesses start through {@code launcher}. */
  public static Judge of(
      CaseStore caseStore, ProcessLauncher launcher, Path workRoot, JudgeSettings settings) {
    PythonRunner python =
        new PythonRunner(
            launcher,
            PythonRunner.defaultPython(),
            workRoot.resolve("standby"),
            new ProcessLimits(
                0, settings.fileBytes(), settings.processes(), 0, 0, settings.startupMs()));
    return new Judge(caseStore, List.of(python, new JavaRunner(launcher)), workRoot, settings);
  }

  /**
   * Starts, in the background, what makes the next judgement start sooner: a Python harness that
   * has imported NumPy by the time the run needs it. Call it as soon as a judgement is likely.
   */
  public void warmUp() {
    runners.values().forEach(r -> r.warmUp(false));
  }

  /**
   * As {@link #warmUp}, and again after every run, so that each judgement finds a harness started
   * ahead of time (one idle sandboxed process, about 30 MiB): for a process that judges again and
   * again, such as the server.
   */
  public void keepWarm() {
    runners.values().forEach(r -> r.warmUp(true));
  }

  /**
   * The processes kept waiting for the next judgement (see {@link #warmUp}), once launched: what a
   * test that looks for processes a run left behind must not count.
   */
  public List<ProcessHandle> waitingProcesses() throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>();
    for (Runner r : runners.values()) {
      all.addAll(r.waitingProcesses());
    }
    return all;
  }

  /**
   * How each language's runtime starts here, the way a harness starts it (sandbox included).
   *
   * @param scratch an empty folder the checks may use
   */
  public List<RuntimeCheck> checkRuntimes(Path scratch) {
    List<RuntimeCheck> checks = new ArrayList<>();
    for (Runner r : runners.values()) {
      try {
        checks.add(new RuntimeCheck(r.language(), true, r.version(scratch)));
      } catch (IOException | RuntimeException e) {
        checks.add(new RuntimeCheck(r.language(), false, String.valueOf(e.getMessage())));
      }
    }
    return checks;
  }

  /** Whether a language's runtime starts here, and its version or the reason it does not. */
  public record RuntimeCheck(Language language, boolean works, String detail) {}

  /** Judges a file; its language comes from its extension. */
  public SubmissionReport judge(ProblemPackage pkg, Path file, Mode mode, CaseProgress progress)
      throws SubmissionException {
    String name = file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new SubmissionException(file + ": no such file");
    }
    try {
      if (Files.size(file) > MAX_SOURCE_BYTES) {
        throw new SubmissionException(file + ": larger than 1 MiB; is this the right file?");
      }
      return judgeSource(pkg, decode(Files.readAllBytes(file), file), name, mode, progress);
    } catch (IOException e) {
      throw new SubmissionException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Judges source text under a file name that tells its language ({@code solution.py}). */
  public SubmissionReport judgeSource(
      ProblemPackage pkg, String source, String fileName, Mode mode, CaseProgress progress)
      throws SubmissionException {
    Language language =
        Language.fromFile(Path.of(fileName))
            .orElseThrow(
                () ->
                    new SubmissionException(
                        fileName
                            + ": cannot tell the language; name the file .py (Python) or .java (Java)"));
    ProblemMetadata meta = pkg.metadata();
    if (!meta.supports(language) || !runners.containsKey(language)) {
      throw new SubmissionException(
          meta.slug() + " takes solutions in " + meta.languages() + ", not " + language);
    }
    UnchangedStarter.refuse(pkg, language, source, fileName);
    long start = System.nanoTime();
    Run run = new Run(pkg, language, source, fileName, mode, progress);
    SubmissionReport report = run.execute();
    return withTime(report, (System.nanoTime() - start) / 1_000_000);
  }

  private static String decode(byte[] bytes, Path file) throws SubmissionException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SubmissionException(file + ": not UTF-8 text; save it as UTF-8");
    }
  }

  private static SubmissionReport withTime(SubmissionReport r, long ms) {
    return new SubmissionReport(
        r.problem(),
        r.number(),
        r.mode(),
        r.language(),
        r.file(),
        r.verdict(),
        r.message(),
        r.line(),
        r.details(),
        r.passed(),
        r.total(),
        ms,
        r.cases());
  }

  /** The state of one judgement. */
  private final class Run {
    private final ProblemPackage pkg;
    private final ProblemMetadata meta;
    private final Language language;
    private final String source;
    private final String fileName;
    private final Mode mode;
    private final CaseProgress progress;
    private final Runner runner;
    private final Map<String, CaseReport> reports = new LinkedHashMap<>();

    /** The latest run's results of each case that is run again in a fresh process. */
    private final Map<String, Map<String, NdArray>> rerunResults = new LinkedHashMap<>();

    Run(
        ProblemPackage pkg,
        Language language,
        String source,
        String fileName,
        Mode mode,
        CaseProgress progress) {
      this.pkg = pkg;
      this.meta = pkg.metadata();
      this.language = language;
      this.source = source;
      this.fileName = fileName;
      this.mode = mode;
      this.progress = progress;
      this.runner = java.util.Objects.requireNonNull(runners.get(language));
    }

    SubmissionReport execute() {
      CaseSet set;
      try {
        set = caseStore.load(pkg);
      } catch (CaseGenerationException e) {
        return stopped(
            List.of(),
            Verdict.INTERNAL_ERROR,
            "the problem's cases could not be prepared: " + e.getMessage(),
            null,
            null);
      }
      List<TestCase> cases = mode == Mode.TEST ? set.samples() : set.cases();
      progress.planned(cases.size());
      Path work = null;
      try {
        Files.createDirectories(workRoot);
        work = Files.createTempDirectory(workRoot, "run-");
        return runAll(set, cases, work);
      } catch (IOException e) {
        return stopped(
            cases,
            Verdict.INTERNAL_ERROR,
            "the judge could not run the solution: " + e.getMessage(),
            null,
            null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return stopped(cases, Verdict.INTERNAL_ERROR, "the judgement was interrupted", null, null);
      } finally {
        if (work != null && !settings.keepWorkDirs()) {
          WorkTree.delete(work);
        }
      }
    }

    private SubmissionReport runAll(CaseSet set, List<TestCase> cases, Path work)
        throws IOException, InterruptedException {
      Prepared prepared = runner.prepare(source, fileName, meta.banned().of(language), work);
      if (prepared instanceof Prepared.Rejected r) {
        Verdict v = RunVerdicts.ofRejection(r.reason());
        String message =
            v == Verdict.BANNED_CALL
                ? r.message() + ". " + meta.banned().reason()
                : firstLine(r.message());
        return stopped(
            cases, v, message, r.line(), r.message().contains("\n") ? r.message() : null);
      }
      Prepared.Ready ready = (Prepared.Ready) prepared;
      List<List<TestCase>> batches = batchesByMemory(cases);
      int folders = 0;
      for (List<TestCase> batch : batches) {
        Optional<SubmissionReport> fatal = runBatch(set, batch, ready, work, folders++);
        if (fatal.isPresent()) {
          return fatal.get();
        }
        if (batch.stream().anyMatch(c -> RunVerdicts.stopsRun(reports.get(c.name())))) {
          return summary(cases);
        }
      }
      for (TestCase c : cases) {
        CaseReport first = reports.get(c.name());
        if (c.rerunInFreshProcess() && first != null && first.verdict().accepted()) {
          rerun(set, c, ready, work, folders++);
        }
      }
      return summary(cases);
    }

    /**
     * Runs an accepted case again in a fresh process; a failure there, or any difference from the
     * first run's results, replaces its report.
     */
    private void rerun(CaseSet set, TestCase c, Prepared.Ready ready, Path work, int index)
        throws IOException, InterruptedException {
      CaseReport firstReport = java.util.Objects.requireNonNull(reports.get(c.name()));
      Map<String, NdArray> first = rerunResults.getOrDefault(c.name(), Map.of());
      Launched second = launch(set, List.of(c), ready, work, index);
      if (second.failure().isPresent()) {
        SubmissionReport failed = second.failure().get();
        reports.put(
            c.name(),
            CaseVerdicts.relabelled(
                firstReport,
                failed.verdict(),
                "run again in a fresh process, the solution failed: " + failed.message()));
        return;
      }
      decideBatch(List.of(c), second.steps(), second.outcome());
      CaseReport again = java.util.Objects.requireNonNull(reports.get(c.name()));
      Optional<String> difference =
          again.verdict().accepted()
              ? Determinism.difference(first, rerunResults.getOrDefault(c.name(), Map.of()))
              : Optional.empty();
      if (!again.verdict().accepted()) {
        reports.put(
            c.name(),
            CaseVerdicts.relabelled(
                again, again.verdict(), "run again in a fresh process, " + again.message()));
      } else if (difference.isPresent()) {
        reports.put(
            c.name(),
            CaseVerdicts.relabelled(
                again,
                Verdict.WRONG_ANSWER,
                "the answer changed when the case ran again in a fresh process: "
                    + difference.get()
                    + "; it must not depend on the process (Python salts hash() of str per"
                    + " process)"));
      }
    }

    /** Cases with the same memory limit share a process; order of first appearance is kept. */
    private List<List<TestCase>> batchesByMemory(List<TestCase> cases) {
      Map<Integer, List<TestCase>> byMemory = new LinkedHashMap<>();
      for (TestCase c : cases) {
        byMemory.computeIfAbsent(limitsOf(c).memoryMb(), k -> new ArrayList<>()).add(c);
      }
      return new ArrayList<>(byMemory.values());
    }

    private Limits limitsOf(TestCase c) {
      Limits l = meta.limits();
      if (c.timeMs() != null) {
        l = l.withTimeMs(c.timeMs());
      }
      return c.memoryMb() != null ? l.withMemoryMb(c.memoryMb()) : l;
    }

    private Optional<SubmissionReport> runBatch(
        CaseSet set, List<TestCase> batch, Prepared.Ready ready, Path work, int index)
        throws IOException, InterruptedException {
      Launched launched = launch(set, batch, ready, work, index);
      if (launched.failure().isPresent()) {
        return launched.failure();
      }
      decideBatch(batch, launched.steps(), launched.outcome());
      return Optional.empty();
    }

    /** A batch's run: its steps and outcome, or the report of a run that could not go on. */
    private record Launched(
        Map<String, CaseStep> steps, RunOutcome outcome, Optional<SubmissionReport> failure) {}

    /** Runs a batch of cases in one fresh process of the solution. */
    private Launched launch(
        CaseSet set, List<TestCase> batch, Prepared.Ready ready, Path work, int index)
        throws IOException, InterruptedException {
      try (Slot slot = runner.slot(work, index)) {
        return launch(set, batch, ready, slot);
      }
    }

    private Launched launch(CaseSet set, List<TestCase> batch, Prepared.Ready ready, Slot slot)
        throws IOException, InterruptedException {
      BatchFolder folder = slot.folder();
      List<Manifest.CaseSpec> specs = new ArrayList<>();
      Map<String, CaseStep> steps = new LinkedHashMap<>();
      long totalMs = 0;
      for (TestCase c : batch) {
        Limits l = limitsOf(c);
        Path staged = folder.inputs().resolve(c.name() + ".npz");
        Path output = folder.outputs().resolve(c.name() + ".npz");
        specs.add(
            new Manifest.CaseSpec(
                c.name(),
                staged.toString(),
                output.toString(),
                l.timeMs(),
                CallPlan.of(meta, c).forLanguage(language)));
        steps.put(
            c.name(),
            new CaseStep(
                c.name(),
                set.inputFile(c),
                staged,
                output,
                Allowances.caseWallMs(l, Files.size(set.inputFile(c)))));
        totalMs += l.timeMs();
      }
      int memoryMb = limitsOf(batch.get(0)).memoryMb();
      long outputBytes = Allowances.caseOutputBytes(meta.limits());
      int cpuSeconds = Allowances.cpuSeconds(totalMs);
      Manifest manifest =
          new Manifest(
              language.id(),
              runner.manifestSolution(ready, slot),
              fileName,
              new Manifest.Limits(
                  memoryMb, outputBytes, cpuSeconds, settings.processes(), settings.fileBytes()),
              meta.banned().of(language),
              CallPlan.required(meta, language),
              specs,
              runner.runtimeSortRule(meta.banned()));
      Protocol.mapper().writeValue(folder.manifest().toFile(), manifest);
      ProcessLimits limits =
          new ProcessLimits(
              cpuSeconds,
              settings.fileBytes(),
              settings.processes(),
              memoryMb,
              Allowances.diagnosticBytes(meta.limits(), batch.size()),
              settings.startupMs());
      ContainedProcess process;
      try {
        process = runner.start(ready, slot, memoryMb, limits);
      } catch (IOException e) {
        return new Launched(
            steps,
            new RunOutcome(null, List.of(), null, 0, ""),
            Optional.of(
                stopped(
                    batch,
                    Verdict.INTERNAL_ERROR,
                    "cannot start the " + language + " runtime: " + e.getMessage(),
                    null,
                    null)));
      }
      RunOutcome outcome =
          new HarnessSession(
                  process,
                  limits,
                  List.of(folder.outputs(), folder.scratch(), folder.tmp()),
                  progress)
              .drive(List.copyOf(steps.values()));
      Event.Fatal fatal = outcome.fatal();
      if (fatal != null && outcome.cases().isEmpty() && outcome.stop() == null) {
        return new Launched(steps, outcome, Optional.of(fatalReport(fatal)));
      }
      return new Launched(steps, outcome, Optional.empty());
    }

    private void decideBatch(
        List<TestCase> batch, Map<String, CaseStep> steps, RunOutcome outcome) {
      RunOutcome.Stop stop = outcome.stop();
      Event.Fatal fatal = outcome.fatal();
      boolean stopped = false;
      for (TestCase c : batch) {
        Limits l = limitsOf(c);
        Optional<CaseRun> run = outcome.run(c.name());
        CaseReport r;
        long allowanceMs = java.util.Objects.requireNonNull(steps.get(c.name())).allowanceMs();
        if (run.isPresent()) {
          r = decideCase(c, l, run.get());
        } else if (!stopped && stop != null && c.name().equals(stop.runningCase())) {
          r =
              fatal != null
                  ? CaseVerdicts.harnessFault(c, l, fatal)
                  : CaseVerdicts.interrupted(c, stop, l, allowanceMs, outcome.peakMemoryKb());
          stopped = true;
        } else if (!stopped && stop != null && stop.runningCase() == null) {
          r =
              stop.reason() == RunOutcome.Reason.STARTUP_TIMED_OUT
                  ? CaseVerdicts.neverStarted(
                      c, l, stop, outcome.peakMemoryKb(), settings.startupMs())
                  : CaseVerdicts.interrupted(c, stop, l, allowanceMs, outcome.peakMemoryKb());
          stopped = true;
        } else {
          r = CaseVerdicts.skipped(c, l, "not run: an earlier case stopped the solution's process");
        }
        reports.put(c.name(), r);
      }
    }

    private CaseReport decideCase(TestCase c, Limits l, CaseRun run) {
      String unreadable =
          run.output() instanceof CaseRun.Output.Unreadable u
              ? "its results could not be read: " + u.why()
              : null;
      Map<String, NdArray> actual = run.output().arraysOrEmpty();
      if (c.rerunInFreshProcess()) {
        rerunResults.put(c.name(), actual);
      }
      return CaseVerdicts.ended(
          c,
          run,
          l,
          meta.banned().reason(),
          () ->
              unreadable != null
                  ? CheckResult.reject(unreadable)
                  : checker()
                      .check(
                          new CheckContext(
                              meta,
                              c,
                              actual,
                              run.end().outputs() == null ? Map.of() : run.end().outputs(),
                              CallPlan.of(meta, c).resultTypes())));
    }

    /**
     * The class {@code problem.yaml} names; else a built-in problem's own checker; else the
     * comparison of every expected result.
     */
    private Checker checker() {
      String name = meta.checker();
      if (name != null) {
        return checkers.computeIfAbsent(name, Judge::instantiateChecker);
      }
      Checker own =
          meta.cases() instanceof CaseSource.BuiltIn
              ? ProblemCodes.find(meta.slug()).map(ProblemCode::checker).orElse(null)
              : null;
      return own != null ? own : DEFAULT_CHECKER;
    }

    private SubmissionReport fatalReport(Event.Fatal fatal) {
      String message = String.valueOf(fatal.message());
      Integer line = fatal.line() > 0 ? fatal.line() : null;
      String details = joinDetails(fatal.traceback(), fatal.stdout());
      Verdict v = RunVerdicts.ofFatal(fatal.phase());
      return stoppedAll(
          v,
          v == Verdict.BANNED_CALL ? message + ". " + meta.banned().reason() : message,
          line,
          details);
    }

    private SubmissionReport stoppedAll(
        Verdict v, String message, @Nullable Integer line, @Nullable String details) {
      List<TestCase> all = new ArrayList<>();
      try {
        CaseSet set = caseStore.load(pkg);
        all.addAll(mode == Mode.TEST ? set.samples() : set.cases());
      } catch (CaseGenerationException impossible) {
        // loaded successfully before the run started
      }
      return stopped(all, v, message, line, details);
    }

    /** A report for a run that stopped before its cases: every case is reported as not run. */
    private SubmissionReport stopped(
        List<TestCase> cases,
        Verdict v,
        String message,
        @Nullable Integer line,
        @Nullable String details) {
      List<CaseReport> skipped = new ArrayList<>();
      for (TestCase c : cases) {
        skipped.add(
            reports.getOrDefault(
                c.name(), CaseVerdicts.skipped(c, limitsOf(c), "not run: " + v.label())));
      }
      return report(v, message, line, details, skipped);
    }

    private SubmissionReport summary(List<TestCase> cases) {
      List<CaseReport> ordered = new ArrayList<>();
      for (TestCase c : cases) {
        ordered.add(
            reports.getOrDefault(
                c.name(),
                CaseVerdicts.skipped(c, limitsOf(c), "not run: an earlier case stopped the run")));
      }
      CaseReport firstFailure = RunVerdicts.firstFailure(ordered).orElse(null);
      Verdict verdict = RunVerdicts.overall(ordered);
      String message =
          firstFailure == null
              ? "all " + ordered.size() + (mode == Mode.TEST ? " sample" : "") + " cases passed"
              : CaseVerdicts.describeCase(firstFailure) + ": " + firstFailure.message();
      return report(
          verdict, message, null, firstFailure == null ? null : firstFailure.traceback(), ordered);
    }

    /** The submission's report over its case reports; the judge's wall time is added last. */
    private SubmissionReport report(
        Verdict v,
        String message,
        @Nullable Integer line,
        @Nullable String details,
        List<CaseReport> cases) {
      int passed = (int) cases.stream().filter(r -> r.verdict().accepted()).count();
      return new SubmissionReport(
          meta.slug(),
          meta.number(),
          mode.id(),
          language.id(),
          fileName,
          v,
          message,
          line,
          details,
          passed,
          cases.size(),
          0,
          cases);
    }
  }

  private static Checker instantiateChecker(String className) {
    try {
      return Class.forName(className)
          .asSubclass(Checker.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot create checker " + className, e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static @Nullable String joinDetails(@Nullable String traceback, @Nullable String stdout) {
    if (traceback == null && (stdout == null || stdout.isEmpty())) {
      return null;
    }
    String tb = traceback == null ? "" : traceback;
    return stdout == null || stdout.isEmpty()
        ? tb
        : tb + (tb.isEmpty() ? "" : "\n") + "printed while loading:\n" + stdout;
  }
}
