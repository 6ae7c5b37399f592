package dev.allclose.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A problem package that cannot be loaded, with every defect found in it. */
public final class InvalidPackageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path root;
  private final transient List<Defect> defects;

  public InvalidPackageException(Path root, List<Defect> defects) {
    super(
        "problem package "
            + root
            + " is invalid:"
            + defects.stream().map(d -> "\n  " + d).collect(Collectors.joining()));
    this.root = root;
    this.defects = List.copyOf(defects);
  }

  public Path root() {
    return root;
  }

  public List<Defect> defects() {
    return defects;
  }
}
