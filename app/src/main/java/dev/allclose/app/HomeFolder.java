package dev.allclose.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The folder that holds the user's data (database, drafts, cases, logs): made on first use with
 * permissions for its owner only (0700), and brought back to those when found looser, since it
 * holds the user's history and solutions. Where the file system has no POSIX permissions (Windows)
 * the folder is only made.
 */
final class HomeFolder {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private HomeFolder() {}

  static void prepare(Path home) {
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(home)) {
        if (posix) {
          Files.createDirectories(home, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
          // createDirectories applies the umask; set the bits explicitly
          Files.setPosixFilePermissions(home, OWNER_ONLY);
        } else {
          Files.createDirectories(home);
        }
        return;
      }
      if (posix
          && !Files.isSymbolicLink(home)
          && !Files.getPosixFilePermissions(home, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(home, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new AppException(
          "cannot prepare the data folder "
              + home
              + " ("
              + e.getMessage()
              + "); choose another with --home or ALLCLOSE_HOME");
    }
  }
}
