package dev.allclose.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The database and its write-ahead log are the user's alone (0600): SQLite creates its files with
 * the process's umask, usually readable by everyone, so the file is made empty with the right
 * permissions before SQLite opens it (an empty file is a new database to SQLite), and the log files
 * are corrected once they exist.
 */
final class OwnerOnly {
  private static final Set<PosixFilePermission> READ_WRITE =
      PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Makes an empty file for the owner only, unless one is there. */
  static void create(Path file) throws IOException {
    if (!posix() || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(READ_WRITE));
    } catch (FileAlreadyExistsException raced) {
      // another process made it first
    }
  }

  /** Sets 0600 on each file that exists and is a regular file (links are left alone). */
  static void restrict(Path... files) {
    if (!posix()) {
      return;
    }
    for (Path f : files) {
      try {
        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
            && !Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS).equals(READ_WRITE)) {
          Files.setPosixFilePermissions(f, READ_WRITE);
        }
      } catch (IOException e) {
        // a file of another owner: the doctor reports it
      }
    }
  }
}
