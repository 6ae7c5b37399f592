package dev.allclose.judge.problem;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A language solutions can be written in, named by its file extension. */
public enum Language {
  PYTHON("python", ".py"),
  JAVA("java", ".java");

  private final String id;
  private final String extension;

  Language(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** The lower-case name used in metadata, on the command line and in JSON. */
  public String id() {
    return id;
  }

  public String extension() {
    return extension;
  }

  public static Optional<Language> fromId(String id) {
    for (Language l : values()) {
      if (l.id.equals(id.toLowerCase(Locale.ROOT))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public static Optional<Language> fromFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (name.endsWith(l.extension)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
