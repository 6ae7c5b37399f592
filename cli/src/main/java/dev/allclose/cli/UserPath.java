package dev.allclose.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * A path as the user typed it, where a leading {@code ~}, alone or before a {@code /}, is their
 * home folder. A shell expands {@code ~} only at the start of a word, so {@code --ics=~/plan.ics},
 * a quoted path or one passed on by another program arrives as written; every {@link Path} option
 * and parameter is converted here (registered once, by {@link Main#commandLine}). {@code ~user} and
 * a {@code ~} further into the path are kept as written. Immutable.
 */
public final class UserPath implements ITypeConverter<Path> {
  private final Path home;
  private final Path workingDir;

  /** Paths under {@code home} for {@code ~}, relative ones from {@code workingDir}. */
  UserPath(Path home, Path workingDir) {
    this.home = home;
    this.workingDir = workingDir;
  }

  @Override
  public Path convert(String text) {
    if (text.equals("~")) {
      return home;
    }
    return text.startsWith("~/") ? home.resolve(text.substring(2)) : relative(Path.of(text));
  }

  /**
   * A relative path as it reads from the working folder: unchanged where that is this process's own
   * (so messages show it as typed), made absolute where the command runs on behalf of a launcher
   * started elsewhere (the background process).
   */
  private Path relative(Path path) {
    return path.isAbsolute() || workingDir.equals(Path.of("").toAbsolutePath())
        ? path
        : workingDir.resolve(path).normalize();
  }

  /**
   * The same reading for an option whose values are text because they mix a path with other words
   * ({@code progress --export FORMAT FILE}); a value not starting with {@code ~} is unchanged.
   */
  public static final class Text implements ITypeConverter<String> {
    private final UserPath paths;

    Text(UserPath paths) {
      this.paths = paths;
    }

    @Override
    public String convert(String text) {
      return text.startsWith("~") ? paths.convert(text).toString() : text;
    }
  }
}
