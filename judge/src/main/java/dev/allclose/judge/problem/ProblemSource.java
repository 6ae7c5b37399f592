package dev.allclose.judge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A place problem packages come from: the built-in catalog, or a folder of the user's. */
public interface ProblemSource {
  /** The package folders found, in a stable order. */
  List<Path> packageRoots() throws IOException;

  /**
   * The packages of this source as validated ahead of time (the built-in catalog's build-time
   * {@link CatalogIndex}), or empty when {@link #packageRoots()} must be read and validated now.
   */
  default Optional<List<ProblemPackage>> indexedPackages() throws IOException {
    return Optional.empty();
  }

  ProblemPackage.Origin origin();

  /** A description for messages: "built-in catalog", "/home/me/problems". */
  String describe();

  /**
   * A user folder: either one package (it holds {@code problem.yaml}) or a folder whose subfolders
   * are packages.
   */
  static ProblemSource folder(Path dir) {
    return new ProblemSource() {
      @Override
      public List<Path> packageRoots() throws IOException {
        if (!Files.isDirectory(dir)) {
          return List.of();
        }
        if (Files.exists(dir.resolve(PackageLayout.METADATA))) {
          return List.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
          return children
              .filter(Files::isDirectory)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
        }
      }

      @Override
      public ProblemPackage.Origin origin() {
        return ProblemPackage.Origin.USER;
      }

      @Override
      public String describe() {
        return dir.toString();
      }
    };
  }
}
