package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Removes a run's working folder, whatever the solution left in it, without ever following a link:
 * a symbolic link is removed as a link, its target is not touched. A solution may have made its
 * folders read-only; only real folders inside the tree get their owner's permissions back (removing
 * an entry needs write permission on its folder, never on the entry itself).
 */
public final class WorkTree {
  private static final Set<PosixFilePermission> OWNER_ALL =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private WorkTree() {}

  /** Deletes {@code dir} and everything in it; a failure leaves a temporary folder behind. */
  public static void delete(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException ignored) {
        // nothing more to do
      }
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (attrs.isDirectory() && !attrs.isSymbolicLink()) {
                ownerMayWrite(d);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
              Files.deleteIfExists(f);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
              Files.deleteIfExists(f);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException ignored) {
      // a leftover temporary folder is harmless; the next clean-up tries again
    }
  }

  /** chmod u+rwx on a real folder; the view is asked not to follow links. */
  private static void ownerMayWrite(Path dir) {
    PosixFileAttributeView view =
        Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    try {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      if (!perms.containsAll(OWNER_ALL)) {
        perms.addAll(OWNER_ALL);
        view.setPermissions(perms);
      }
    } catch (IOException ignored) {
      // deletion below reports nothing either: the folder stays
    }
  }
}
