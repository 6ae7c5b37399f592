package dev.allclose.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, copied out of the driver's jar once per driver version instead of once
 * per process. The driver otherwise writes a fresh copy of the 1 MiB library under a random name in
 * the temporary folder on every start (and lists that folder to remove old copies), a tenth of a
 * short command's time. The copy lives in a folder of the user's own, named by the driver version,
 * so an upgrade gets its own library and a stale one is never loaded.
 */
public final class SqliteLibrary {
  private static boolean prepared;

  private SqliteLibrary() {}

  /**
   * Points the driver at its library in {@code folder}, copying it there first if it is not there
   * yet. Call before the first connection; later calls do nothing. Where the folder cannot be
   * written the driver is left to its own extraction, which works, only more slowly.
   */
  public static synchronized void useFolder(Path folder) {
    if (prepared) {
      return;
    }
    prepared = true;
    String resource = LibraryLoaderUtil.getNativeLibResourcePath();
    String name = LibraryLoaderUtil.getNativeLibName();
    Path dir =
        folder
            .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
            .resolve(resource.substring(1));
    Path library = dir.resolve(name);
    try {
      if (!Files.isRegularFile(library) && !copyOut(resource + "/" + name, dir, library)) {
        return;
      }
    } catch (IOException e) {
      return;
    }
    System.setProperty("org.sqlite.lib.path", dir.toString());
    System.setProperty("org.sqlite.lib.name", name);
    // The driver's clean-up of old copies lists this folder, not the whole temporary folder.
    System.setProperty("org.sqlite.tmpdir", folder.toString());
  }

  /**
   * Copies the library through a private temporary file and renames it, so no process reads half.
   */
  private static boolean copyOut(String resource, Path dir, Path library) throws IOException {
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, "partial-", ".so");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        try {
          Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
          Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(partial);
      }
    }
    return true;
  }
}
