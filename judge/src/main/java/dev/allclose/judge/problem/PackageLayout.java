package dev.allclose.judge.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The file names of a problem package folder; see {@code docs/problem-format.md}. */
public final class PackageLayout {
  public static final String METADATA = "problem.yaml";
  public static final String STATEMENT = "statement.md";
  public static final String EDITORIAL = "editorial.md";
  public static final String HINTS = "hints";

  /** The model derivation, shown once the problem is accepted or given up. */
  public static final String DERIVATION = "derivation.md";

  /** The fewest key points a derivation rubric may have: fewer cannot tell answers apart. */
  public static final int MIN_DERIVATION_POINTS = 3;

  public static final String STARTER = "starter";
  public static final String SUBMISSIONS = "submissions";
  public static final int MIN_HINTS = 2;
  public static final int MAX_HINTS = 3;

  private PackageLayout() {}

  /** {@code hints/1.md}, {@code hints/2.md}, ... */
  public static String hint(int level) {
    return HINTS + "/" + level + ".md";
  }

  /** The one starter file of a language in {@code starter/}, if there is one. */
  public static Optional<Path> starter(Path root, Language language) {
    List<Path> found = filesWithExtension(root.resolve(STARTER), language.extension());
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  static List<Path> filesWithExtension(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
