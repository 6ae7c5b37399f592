package dev.allclose.app.interviews;

import dev.allclose.app.AppException;
import dev.allclose.app.practice.Practice;
import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.Verdict;
import dev.allclose.store.InterviewSessions;
import dev.allclose.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Interview mode: a timed session on one problem with the problem's time budget. One session runs
 * at a time (an interview is one problem under one clock); while it runs, the problem's hints and
 * editorial stay closed (see {@link dev.allclose.app.practice.Practice}). A debugging round is such
 * a session that starts from a planted bug instead of the starter. Thread-safe: starting is
 * serialised, so two requests cannot both start a session.
 */
public final class TimedInterviews {
  /** The verdicts of known submissions that carry a bug to find, not a slow or banned method. */
  private static final Set<Verdict> PLANTED = Set.of(Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR);

  private final Supplier<Store> store;
  private final Supplier<ProblemCatalog> catalog;
  private final Clock clock;
  private final Map<Path, String> descriptions = new ConcurrentHashMap<>();

  public TimedInterviews(Supplier<Store> store, Supplier<ProblemCatalog> catalog, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Starts a session, or refuses while another one runs. */
  public synchronized SessionView start(ProblemPackage p, Language language) {
    refuseWhileRunning();
    return view(sessions().start(p.slug(), language.id(), budget(p)));
  }

  /**
   * Starts a debugging round: the problem's time budget, starting from one of its known wrong
   * submissions in the language (wrong answers and runtime errors: a planted bug, not a slow
   * method), drawn at random and not named until the round ends. Refused while another session
   * runs, and for a problem with no such submission in the language.
   */
  public synchronized SessionView startDebug(ProblemPackage p, Language language, Random random) {
    refuseWhileRunning();
    List<KnownSubmission> candidates = plantable(p, language);
    if (candidates.isEmpty()) {
      throw AppException.invalid(
          "#"
              + p.metadata().number()
              + " "
              + p.metadata().title()
              + " has no known wrong "
              + (language == Language.JAVA ? "Java" : "Python")
              + " submission to debug"
              + (p.metadata().languages().size() > 1 ? "; try the other language" : "")
              + " or another problem");
    }
    KnownSubmission k = candidates.get(random.nextInt(candidates.size()));
    PlantedBug bug = PlantedBug.of(read(k), language);
    return view(sessions().startDebug(p.slug(), language.id(), budget(p), k.name(), bug.code()));
  }

  /** The known wrong submissions a debugging round can start from, in file order. */
  public static List<KnownSubmission> plantable(ProblemPackage p, Language language) {
    return p.submissions().stream()
        .filter(k -> k.language() == language && PLANTED.contains(k.expected()))
        .toList();
  }

  /** Saves the code of a running debugging round; refused once it is over. */
  public void saveDebugDraft(String id, String code) {
    InterviewSessions.Session s = session(id);
    if (!s.debug()) {
      throw AppException.invalid("session " + id + " is not a debugging round; it has no draft");
    }
    if (code.length() > Practice.MAX_DRAFT_CHARS) {
      throw AppException.invalid("a draft may hold at most 1,000,000 characters");
    }
    if (!sessions().saveDraft(id, code)) {
      throw AppException.conflict(
          "the debugging round " + id + " is over; its code is no longer kept");
    }
  }

  /** The running debugging round, if any. */
  public Optional<SessionView> runningDebug() {
    return sessions().running().filter(InterviewSessions.Session::debug).map(this::view);
  }

  public SessionView get(String id) {
    return view(session(id));
  }

  /** Ends a session now (or at its deadline, if that passed) and stores its summary. */
  public SessionView finish(String id) {
    session(id);
    return view(sessions().finish(id));
  }

  /** The session running on a problem, if any. */
  public Optional<SessionView> runningOn(ProblemPackage p) {
    return sessions().running(p.slug()).map(this::view);
  }

  /** Every session, newest first. */
  public List<SessionView> list() {
    return sessions().list().stream().map(this::view).toList();
  }

  private void refuseWhileRunning() {
    Optional<InterviewSessions.Session> running = sessions().running();
    if (running.isPresent()) {
      InterviewSessions.Session r = running.get();
      throw AppException.conflict(
          (r.debug() ? "a debugging round on " : "an interview session on ")
              + name(r.problem())
              + " is already running; finish it before starting another");
    }
  }

  private static Duration budget(ProblemPackage p) {
    return Duration.ofMinutes(p.metadata().minutes());
  }

  private static String read(KnownSubmission k) {
    try {
      return Files.readString(k.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the known submission " + k.file(), e);
    }
  }

  private InterviewSessions.Session session(String id) {
    return sessions()
        .get(id)
        .orElseThrow(() -> AppException.notFound("no interview session " + id));
  }

  private SessionView view(InterviewSessions.Session s) {
    Optional<ProblemPackage> p = catalog.get().find(s.problem());
    return SessionView.of(
        s,
        p.map(x -> x.metadata().number()).orElse(0),
        p.map(x -> x.metadata().title()).orElse(s.problem()),
        s.planted() == null ? null : planted(p, s.planted()),
        clock);
  }

  /** What the round planted; a submission gone from the package since keeps its bare name. */
  private SessionView.Planted planted(Optional<ProblemPackage> p, String name) {
    String description =
        p.flatMap(x -> x.submissions().stream().filter(k -> k.name().equals(name)).findFirst())
            .map(this::description)
            .orElse("");
    return new SessionView.Planted(name, description);
  }

  /**
   * A known submission's bug, read once per file, since the list of sessions names the bug of every
   * ended round. A package edited while the server runs keeps its first reading here, which only
   * changes what an ended round says about its bug.
   */
  private String description(KnownSubmission k) {
    return descriptions.computeIfAbsent(
        k.file(), f -> PlantedBug.of(read(k), k.language()).description());
  }

  private String name(String slug) {
    return catalog
        .get()
        .find(slug)
        .map(x -> "#" + x.metadata().number() + " " + x.metadata().title())
        .orElse(slug);
  }

  private InterviewSessions sessions() {
    return store.get().interviews();
  }
}
