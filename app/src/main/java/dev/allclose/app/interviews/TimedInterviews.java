package dev.allclose.app.interviews;

import dev.allclose.app.AppException;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.InterviewSessions;
import dev.allclose.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Interview mode: a timed session on one problem with the problem's time budget. One session runs
 * at a time (an interview is one problem under one clock); while it runs, the problem's hints and
 * editorial stay closed (see {@link dev.allclose.app.practice.Practice}). Thread-safe: starting is
 * serialised, so two requests cannot both start a session.
 */
public final class TimedInterviews {
  private final Supplier<Store> store;
  private final Supplier<ProblemCatalog> catalog;
  private final Clock clock;

  public TimedInterviews(Supplier<Store> store, Supplier<ProblemCatalog> catalog, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Starts a session, or refuses while another one runs. */
  public synchronized SessionView start(ProblemPackage p, Language language) {
    Optional<InterviewSessions.Session> running = sessions().running();
    if (running.isPresent()) {
      InterviewSessions.Session r = running.get();
      throw AppException.conflict(
          "an interview session on "
              + name(r.problem())
              + " is already running; finish it before starting another");
    }
    return view(
        sessions().start(p.slug(), language.id(), Duration.ofMinutes(p.metadata().minutes())));
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
        clock);
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
