package dev.allclose.app.derivation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.allclose.app.AppException;
import dev.allclose.app.Json;
import dev.allclose.app.practice.Practice;
import dev.allclose.app.practice.ProblemAccess;
import dev.allclose.interview.coverage.PointCoverage;
import dev.allclose.interview.mock.Rubric;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.Store;
import dev.allclose.store.StoredDerivation;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The derivation a problem asks for before its code (every section 2 problem does): written by the
 * user in Markdown with maths, scored on the problem's key points by the mock round's rubric,
 * stored with the attempt, and shown beside the model derivation once the problem is accepted or
 * given up. Until then the feedback is the score and the counts only: the key points themselves
 * would give the derivation away. Thread-safe.
 */
public final class Derivations {
  /** The longest derivation kept, in characters; a full page of maths is a few thousand. */
  public static final int MAX_CHARS = 100_000;

  private static final TypeReference<List<PointCoverage>> COVERAGE = new TypeReference<>() {};

  private final Supplier<Store> store;
  private final Supplier<Rubric> rubric;
  private final Practice practice;

  public Derivations(Supplier<Store> store, Supplier<Rubric> rubric, Practice practice) {
    this.store = store;
    this.rubric = rubric;
    this.practice = practice;
  }

  /** Scores and stores a new version of the problem's derivation, and returns what may be shown. */
  public DerivationView submit(ProblemPackage p, String text) {
    asked(p);
    if (text.isBlank()) {
      throw AppException.invalid(
          "the derivation is empty: write it in Markdown with $...$ maths, then submit it again");
    }
    if (text.length() > MAX_CHARS) {
      throw AppException.invalid(
          "the derivation is "
              + text.length()
              + " characters; at most "
              + MAX_CHARS
              + " are kept, so shorten it");
    }
    List<PointCoverage> coverage = rubric.get().cover(p.metadata().derivationPoints(), text);
    double score = Rubric.share(Rubric.suggested(coverage));
    store.get().derivations().add(p.slug(), text, score, Json.compact(coverage));
    return view(p);
  }

  /** The problem's derivation as far as the user may see it now. */
  public DerivationView view(ProblemPackage p) {
    asked(p);
    Store s = store.get();
    StoredDerivation latest = s.derivations().latest(p.slug()).orElse(null);
    ProblemAccess access = practice.access(p);
    boolean open = access.editorialOpen();
    String closedBecause = open ? null : closedBecause(p, access);
    DerivationView.Written written =
        latest == null ? null : written(latest, s.derivations().versions(p.slug()), open);
    return new DerivationView(
        p.metadata().derivationPoints().size(),
        written,
        open ? p.derivation().orElseThrow() : null,
        open ? p.metadata().derivationPoints() : null,
        closedBecause);
  }

  private static DerivationView.Written written(StoredDerivation d, int versions, boolean open) {
    List<PointCoverage> coverage = coverage(d);
    return new DerivationView.Written(
        d.body(),
        d.score(),
        DerivationView.Counts.of(coverage),
        open ? coverage : null,
        d.createdAt(),
        versions);
  }

  private static List<PointCoverage> coverage(StoredDerivation d) {
    try {
      return Json.mapper().readValue(d.coverage(), COVERAGE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored coverage of derivation " + d.id() + " is bad", e);
    }
  }

  private static @Nullable String closedBecause(ProblemPackage p, ProblemAccess access) {
    if (access.runningInterview().isPresent()) {
      return "the key points and the model derivation stay closed while an interview session on"
          + " this problem runs";
    }
    return "the key points and the model derivation open after an accepted submission or when you"
        + " give up"
        + " (`allclose give-up "
        + p.metadata().number()
        + "`)";
  }

  private static void asked(ProblemPackage p) {
    if (!p.metadata().asksForDerivation()) {
      throw AppException.invalid(
          "problem "
              + p.metadata().number()
              + " ("
              + p.slug()
              + ") asks for no derivation; the problems of section 2 do");
    }
  }
}
