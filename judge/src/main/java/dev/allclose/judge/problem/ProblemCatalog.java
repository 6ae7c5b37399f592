package dev.allclose.judge.problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every loadable problem, from all sources, ordered by number. A broken package is left out and
 * kept with its defects in {@link #broken()}; so is a package whose number or slug is already taken
 * by one loaded earlier (built-ins come first).
 */
public final class ProblemCatalog {
  private final List<ProblemPackage> problems;
  private final List<InvalidPackageException> broken;

  private ProblemCatalog(List<ProblemPackage> problems, List<InvalidPackageException> broken) {
    this.problems = List.copyOf(problems);
    this.broken = List.copyOf(broken);
  }

  public static ProblemCatalog load(List<ProblemSource> sources) {
    Admission admission = new Admission();
    for (ProblemSource source : sources) {
      try {
        Optional<List<ProblemPackage>> indexed = source.indexedPackages();
        if (indexed.isPresent()) {
          indexed.get().forEach(admission::admit);
        } else {
          for (Path root : source.packageRoots()) {
            admission.read(root, source.origin());
          }
        }
      } catch (IOException e) {
        admission.broken.add(
            new InvalidPackageException(
                Path.of(source.describe()),
                List.of(new Defect("", "", "cannot be listed: " + e.getMessage()))));
      }
    }
    admission.loaded.sort(Comparator.comparingInt(p -> p.metadata().number()));
    return new ProblemCatalog(admission.loaded, admission.broken);
  }

  public List<ProblemPackage> problems() {
    return problems;
  }

  public List<InvalidPackageException> broken() {
    return broken;
  }

  /** A problem by number ({@code 1}) or slug ({@code multi-head-attention}). */
  public Optional<ProblemPackage> find(String numberOrSlug) {
    String key = numberOrSlug.trim().toLowerCase(Locale.ROOT);
    for (ProblemPackage p : problems) {
      if (p.slug().equals(key)
          || String.valueOf(p.metadata().number()).equals(key.replaceFirst("^#", ""))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The packages admitted so far, and those refused: broken ones, and any whose number or slug an
   * earlier one holds. Parsed and indexed packages pass the same clash check.
   */
  private static final class Admission {
    final List<ProblemPackage> loaded = new ArrayList<>();
    final List<InvalidPackageException> broken = new ArrayList<>();
    private final Map<String, ProblemPackage> bySlug = new HashMap<>();
    private final Map<Integer, ProblemPackage> byNumber = new HashMap<>();

    void read(Path root, ProblemPackage.Origin origin) {
      try {
        admit(PackageReader.read(root, origin));
      } catch (InvalidPackageException e) {
        broken.add(e);
      }
    }

    void admit(ProblemPackage p) {
      ProblemPackage clash =
          bySlug.containsKey(p.slug()) ? bySlug.get(p.slug()) : byNumber.get(p.metadata().number());
      if (clash != null) {
        broken.add(
            new InvalidPackageException(
                p.root(),
                List.of(
                    new Defect(
                        PackageLayout.METADATA,
                        "number/slug",
                        p.metadata().number()
                            + " "
                            + p.slug()
                            + " clashes with "
                            + clash.metadata().number()
                            + " "
                            + clash.slug()
                            + " from "
                            + clash.root()))));
        return;
      }
      bySlug.put(p.slug(), p);
      byNumber.put(p.metadata().number(), p);
      loaded.add(p);
    }
  }
}
