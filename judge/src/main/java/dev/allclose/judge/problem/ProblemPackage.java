package dev.allclose.judge.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A problem package that passed validation: its metadata plus the files of its folder. The folder
 * may be on disk or inside the product's jar (a zip file system); either way files are read through
 * {@link Path}. Immutable and thread-safe.
 */
public final class ProblemPackage {
  /** Where a package was found. */
  public enum Origin {
    BUILT_IN,
    USER
  }

  private final Path root;
  private final ProblemMetadata metadata;
  private final Origin origin;
  private final List<String> hints;
  private final List<KnownSubmission> submissions;

  ProblemPackage(
      Path root,
      ProblemMetadata metadata,
      Origin origin,
      List<String> hints,
      List<KnownSubmission> submissions) {
    this.root = root;
    this.metadata = metadata;
    this.origin = origin;
    this.hints = List.copyOf(hints);
    this.submissions = List.copyOf(submissions);
  }

  public Path root() {
    return root;
  }

  public ProblemMetadata metadata() {
    return metadata;
  }

  public String slug() {
    return metadata.slug();
  }

  public Origin origin() {
    return origin;
  }

  public String statement() {
    return read(PackageLayout.STATEMENT);
  }

  public String editorial() {
    return read(PackageLayout.EDITORIAL);
  }

  /** The model derivation, for a problem that asks for one. */
  public Optional<String> derivation() {
    return metadata.asksForDerivation()
        ? Optional.of(read(PackageLayout.DERIVATION))
        : Optional.empty();
  }

  /** Hints from the gentlest to the most revealing. */
  public List<String> hints() {
    return hints;
  }

  public Optional<Path> starter(Language language) {
    return PackageLayout.starter(root, language);
  }

  public List<KnownSubmission> submissions() {
    return submissions;
  }

  /** A file of the package by its relative path. */
  public Path file(String relative) {
    return root.resolve(relative);
  }

  private String read(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + " of " + slug(), e);
    }
  }

  @Override
  public String toString() {
    return "ProblemPackage[" + metadata.number() + " " + slug() + "]";
  }
}
