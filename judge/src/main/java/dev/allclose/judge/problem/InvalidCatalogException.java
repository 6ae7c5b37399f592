package dev.allclose.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog that must not be shipped because some of its packages do not load: every refused
 * package with every defect found in it.
 */
public final class InvalidCatalogException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<InvalidPackageException> broken;

  public InvalidCatalogException(Path catalog, List<InvalidPackageException> broken) {
    super(
        "the catalog "
            + catalog
            + " has "
            + broken.size()
            + " broken package(s):"
            + broken.stream().map(e -> "\n" + e.getMessage()).collect(Collectors.joining()));
    this.broken = List.copyOf(broken);
  }

  public List<InvalidPackageException> broken() {
    return broken;
  }
}
