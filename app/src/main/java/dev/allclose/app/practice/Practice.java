package dev.allclose.app.practice;

import dev.allclose.app.AppException;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.Attempt;
import dev.allclose.store.InterviewSessions;
import dev.allclose.store.ProblemStates;
import dev.allclose.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Working on one problem: its clock, hints, editorial, drafts and note. Owns the rules of what may
 * be seen when: hints open one level at a time and stay open; the editorial opens after an accepted
 * submission or when the user gives up; during an interview session on the problem neither hints
 * nor the editorial nor giving up are available. Thread-safe.
 */
public final class Practice {
  /** The largest draft kept, in characters; a solution is far smaller. */
  public static final int MAX_DRAFT_CHARS = 1_000_000;

  private final Supplier<Store> store;
  private final Tracker tracker;
  private final Function<ProblemPackage, Optional<String>> clock;

  public Practice(Supplier<Store> store, Tracker tracker) {
    this(store, tracker, p -> Optional.empty());
  }

  /**
   * @param clock what else closes hints and the editorial as an interview does: on a shared server,
   *     a timed assessment of the user's cohort running on the problem; the reason, or empty
   */
  public Practice(
      Supplier<Store> store, Tracker tracker, Function<ProblemPackage, Optional<String>> clock) {
    this.store = store;
    this.tracker = tracker;
    this.clock = clock;
  }

  /** What the user may see of the problem now. */
  public ProblemAccess access(ProblemPackage p) {
    Optional<InterviewSessions.Session> interview = store.get().interviews().running(p.slug());
    Optional<String> assessment = clock.apply(p);
    ProblemStates.State state = store.get().problemStates().get(p.slug());
    String closed;
    if (interview.isPresent()) {
      closed = "the editorial stays closed while an interview session on this problem runs";
    } else if (assessment.isPresent()) {
      closed = "the editorial stays closed while " + assessment.get();
    } else if (state.gaveUpAt() == null && !tracker.row(p).solved()) {
      closed =
          "the editorial opens after an accepted submission or when you give up (`allclose give-up "
              + p.metadata().number()
              + "`)";
    } else {
      closed = null;
    }
    int shown =
        interview.isPresent() || assessment.isPresent()
            ? 0
            : Math.min(state.hintsRevealed(), p.hints().size());
    return new ProblemAccess(
        p.hints().size(), shown, closed, interview.map(InterviewSessions.Session::id).orElse(null));
  }

  /** The hints the user may read now, in order. */
  public List<String> shownHints(ProblemPackage p) {
    return p.hints().subList(0, access(p).hintsShown());
  }

  /** Opens the next hint level and returns it (level numbers start at 1). */
  public Hint revealNextHint(ProblemPackage p) {
    closedDuringInterview(p, "hints stay");
    int shown =
        Math.min(store.get().problemStates().get(p.slug()).hintsRevealed(), p.hints().size());
    if (shown == p.hints().size()) {
      throw AppException.invalid("all " + shown + " hints are already shown");
    }
    return revealUpTo(p, shown + 1).get(shown);
  }

  /**
   * Opens the hint levels up to {@code level} (those already open stay open) and returns every open
   * level. Asking for no hints opens nothing.
   */
  public List<Hint> revealUpTo(ProblemPackage p, int level) {
    closedDuringInterview(p, "hints stay");
    int total = p.hints().size();
    if (level < 0 || level > total) {
      throw AppException.invalid(
          "this problem has "
              + total
              + " hint level"
              + (total == 1 ? "" : "s")
              + "; ask for 0 to "
              + total);
    }
    ProblemStates states = store.get().problemStates();
    int open =
        level > 0
            ? states.revealHints(p.slug(), level).hintsRevealed()
            : states.get(p.slug()).hintsRevealed();
    return IntStream.range(0, Math.min(open, total))
        .mapToObj(i -> new Hint(i + 1, p.hints().get(i)))
        .toList();
  }

  /** The editorial, or an {@link AppException} (refused) that says how it opens. */
  public String editorial(ProblemPackage p) {
    ProblemAccess a = access(p);
    if (!a.editorialOpen()) {
      throw AppException.refused(String.valueOf(a.editorialClosedBecause()));
    }
    return p.editorial();
  }

  /** Records that the user gave up (once), which opens the editorial, and returns it. */
  public String giveUp(ProblemPackage p) {
    closedDuringInterview(p, "giving up stays");
    store.get().problemStates().giveUp(p.slug());
    return p.editorial();
  }

  /** The problem's page was opened: its first opening starts its clock. */
  public void open(ProblemPackage p) {
    var attempts = store.get().attempts();
    if (attempts.latest(p.slug()).isEmpty()) {
      attempts.start(p.slug(), p.metadata().languages().get(0).id(), null);
    }
  }

  /** Starts (or restarts) the problem's clock for work in {@code file}. */
  public void start(ProblemPackage p, Language language, @Nullable Path file) {
    store
        .get()
        .attempts()
        .start(p.slug(), language.id(), file == null ? null : file.toAbsolutePath().toString());
  }

  /**
   * Goes on with work already in {@code file}: the problem's clock keeps running if it runs, and
   * starts only if it never did, so that going back to a solution loses no time.
   *
   * @return when the running clock started; empty when it starts now
   */
  public Optional<Instant> continueWork(ProblemPackage p, Language language, Path file) {
    Optional<Instant> running = store.get().attempts().latest(p.slug()).map(Attempt::startedAt);
    if (running.isEmpty()) {
      start(p, language, file);
    }
    return running;
  }

  /** Sets the note, or adds a line to it; an empty note is refused. */
  public void note(ProblemPackage p, String text, boolean append) {
    String body = text.strip();
    if (body.isEmpty() && append) {
      throw AppException.invalid("the note is empty");
    }
    if (append) {
      store.get().notes().append(p.slug(), body);
    } else {
      store.get().notes().put(p.slug(), body);
    }
  }

  /** The saved draft in a language, or the starter when there is none. */
  public String draft(ProblemPackage p, Language language) {
    supported(p, language);
    return store
        .get()
        .drafts()
        .get(p.slug(), language.id())
        .orElseGet(() -> p.starter(language).map(Practice::read).orElse(""));
  }

  public void saveDraft(ProblemPackage p, Language language, String source) {
    supported(p, language);
    if (source.length() > MAX_DRAFT_CHARS) {
      throw AppException.invalid("a draft may hold at most 1,000,000 characters");
    }
    store.get().drafts().save(p.slug(), language.id(), source);
  }

  /** A language the problem offers, or an {@link AppException} that lists them. */
  public static Language supported(ProblemPackage p, @Nullable String id) {
    Language l = id == null ? null : Language.fromId(id).orElse(null);
    if (l == null || !p.metadata().supports(l)) {
      throw AppException.invalid(
          "language must be one of " + p.metadata().languages() + ", not '" + id + "'");
    }
    return l;
  }

  private static void supported(ProblemPackage p, Language l) {
    supported(p, l.id());
  }

  private void closedDuringInterview(ProblemPackage p, String what) {
    if (store.get().interviews().running(p.slug()).isPresent()) {
      throw AppException.refused(what + " closed while an interview session on this problem runs");
    }
    Optional<String> assessment = clock.apply(p);
    if (assessment.isPresent()) {
      throw AppException.refused(what + " closed while " + assessment.get());
    }
  }

  /** The starter file of a language, as text. */
  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One hint level. */
  public record Hint(int level, String text) {}
}
