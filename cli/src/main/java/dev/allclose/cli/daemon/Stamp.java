package dev.allclose.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the product's jar was when the process started (size, modification time, file identity): a
 * rebuild replaces the jar, and the classes loaded from the old one must not answer for the new.
 */
record Stamp(Path jar, @Nullable BasicFileAttributes attributes) {
  static Stamp of(Path jar) {
    return new Stamp(jar, read(jar));
  }

  /** True once the jar is missing or is no longer the file this process started from. */
  boolean changed() {
    BasicFileAttributes now = read(jar);
    return attributes == null
        || now == null
        || now.size() != attributes.size()
        || !now.lastModifiedTime().equals(attributes.lastModifiedTime())
        || !Objects.equals(now.fileKey(), attributes.fileKey());
  }

  private static @Nullable BasicFileAttributes read(Path jar) {
    try {
      return Files.readAttributes(jar, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }
}
