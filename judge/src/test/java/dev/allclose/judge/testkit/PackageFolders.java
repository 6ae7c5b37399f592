package dev.allclose.judge.testkit;

import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.InvalidPackageException;
import dev.allclose.judge.problem.PackageReader;
import dev.allclose.judge.problem.ProblemCode;
import dev.allclose.judge.problem.ProblemCodes;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Problem package folders for tests: resources of a test module, and writable copies. */
public final class PackageFolders {
  private PackageFolders() {}

  /** A folder on the test class path, such as {@code /packages/scale}. */
  public static Path resource(Class<?> anchor, String name) {
    try {
      var url = anchor.getResource(name);
      if (url == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a package that must be valid; its defects fail the test. */
  public static ProblemPackage load(Path root) {
    try {
      return PackageReader.read(root, ProblemPackage.Origin.USER);
    } catch (InvalidPackageException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Copies a folder tree (a package, a bank) to {@code to}, which it creates. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of {@code pkg} in {@code parent/slug} under a new slug and number, with {@code
   * extraYaml} added to its metadata. A built-in problem's code is found from its slug, so the copy
   * names the original's generator class instead of {@code generator: built-in}.
   */
  public static Path copyAs(
      ProblemPackage pkg, Path parent, String slug, int number, String extraYaml) {
    Path to = copy(pkg.root(), parent.resolve(slug));
    Path yaml = to.resolve("problem.yaml");
    String text =
        readString(yaml)
            .replace("number: " + pkg.metadata().number() + "\n", "number: " + number + "\n")
            .replace("slug: " + pkg.slug() + "\n", "slug: " + slug + "\n");
    if (pkg.metadata().cases() instanceof CaseSource.BuiltIn) {
      ProblemCode code = ProblemCodes.find(pkg.slug()).orElseThrow();
      text =
          text.replaceFirst(
              "generator: built-in[^\\n]*",
              "generator: java:" + code.generator().getClass().getName());
      if (code.checker() != null && !extraYaml.contains("checker:")) {
        text += "checker: java:" + code.checker().getClass().getName() + "\n";
      }
    }
    writeString(yaml, text + extraYaml);
    return to;
  }

  /** Replaces text that must be in the file. */
  public static void replaceIn(Path file, String from, String to) {
    String text = readString(file);
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not contain " + from);
    }
    writeString(file, text.replace(from, to));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
