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
    List<ProblemPackage> loaded = new ArrayList<>();
    List<InvalidPackageException> broken = new ArrayList<>();
    Map<String, ProblemPackage> bySlug = new HashMap<>();
    Map<Integer, ProblemPackage> byNumber = new HashMap<>();
    for (ProblemSource source : sources) {
      List<Path> roots;
      try {
        roots = source.packageRoots();
      } catch (IOException e) {
        broken.add(
            new InvalidPackageException(
                Path.of(source.describe()),
                List.of(new Defect("", "", "cannot be listed: " + e.getMessage()))));
        continue;
      }
      for (Path root : roots) {
        try {
          ProblemPackage p = PackageReader.read(root, source.origin());
          ProblemPackage clash =
              bySlug.containsKey(p.slug())
                  ? bySlug.get(p.slug())
                  : byNumber.get(p.metadata().number());
          if (clash != null) {
            broken.add(
                new InvalidPackageException(
                    root,
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
            continue;
          }
          bySlug.put(p.slug(), p);
          byNumber.put(p.metadata().number(), p);
          loaded.add(p);
        } catch (InvalidPackageException e) {
          broken.add(e);
        }
      }
    }
    loaded.sort(Comparator.comparingInt(p -> p.metadata().number()));
    return new ProblemCatalog(loaded, broken);
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
}
