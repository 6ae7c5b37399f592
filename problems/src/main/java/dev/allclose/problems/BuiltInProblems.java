package dev.allclose.problems;

import dev.allclose.judge.problem.CatalogIndex;
import dev.allclose.judge.problem.PackageLayout;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.ProblemSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalog that ships inside the product: the package folders under {@code catalog/} of this
 * module, read in place from the jar (through a zip file system) or from the build directory. The
 * build validates them once and ships an index of them ({@link CatalogIndex}), which is loaded
 * instead of parsing every package.
 */
public final class BuiltInProblems implements ProblemSource {
  static final String ROOT = "/dev/allclose/problems/catalog";

  /** The {@link CatalogIndex} the build writes of {@code catalog/} (see this module's pom). */
  static final String INDEX = "/dev/allclose/problems/catalog-index.json";

  @Override
  public List<Path> packageRoots() throws IOException {
    Path root = root();
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> Files.exists(p.resolve(PackageLayout.METADATA)))
          .sorted()
          .toList();
    }
  }

  /**
   * The packages from the build's index, which validated them; empty when the index is missing (a
   * class path that skipped the build step, such as an IDE's), so that they are parsed instead.
   */
  @Override
  public Optional<List<ProblemPackage>> indexedPackages() throws IOException {
    try (InputStream in = BuiltInProblems.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        return Optional.empty();
      }
      Path root = root();
      return Optional.of(CatalogIndex.read(INDEX, in, root::resolve, origin()));
    }
  }

  @Override
  public ProblemPackage.Origin origin() {
    return ProblemPackage.Origin.BUILT_IN;
  }

  @Override
  public String describe() {
    return "the built-in catalog";
  }

  static Path root() throws IOException {
    URL url = BuiltInProblems.class.getResource(ROOT);
    if (url == null) {
      throw new IOException("the built-in catalog is missing from the build");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      return jarFileSystem(uri).provider().getPath(uri);
    } catch (URISyntaxException e) {
      throw new IOException("bad location of the built-in catalog: " + url, e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
