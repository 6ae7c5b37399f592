package dev.allclose.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the launcher and the background process find each other: a Unix socket in a folder only
 * this user can enter, named after everything that decides how a command behaves in that process.
 *
 * <p>The folder is {@code $XDG_RUNTIME_DIR/allclose} when the session has one, else {@code
 * /tmp/allclose-UID}. Another user could create the second before us, so a folder is used only when
 * it is a real folder (not a link), owned by this user and closed to everyone else (mode 700); the
 * background process also checks each caller's user id on the socket itself.
 *
 * <p>The name is a hash of the product's jar (its real path: two checkouts get two processes) and
 * of the environment variables the judge and the store read once per process: {@code PATH} (which
 * {@code python3}), the {@code PYTHON*}, {@code PYENV*}, {@code VIRTUAL_ENV} and {@code
 * CONDA_PREFIX} variables, {@code HOME}, {@code TMPDIR}, {@code TZ}, the locale, {@code JAVA_HOME}
 * (the launcher sets it to the JDK it found) and every {@code ALLCLOSE_*} variable. A shell with
 * another virtual environment active therefore gets its own process instead of one that would run
 * its solutions with the wrong interpreter. {@code scripts/client.py}, the launcher's client where
 * a Python interpreter starts quickly, computes the same name (RendezvousTest holds the two
 * together). Immutable.
 */
public record Rendezvous(Path folder, String name) {
  private static final Set<String> VARIABLES =
      Set.of(
          "PATH",
          "HOME",
          "TMPDIR",
          "TZ",
          "LANG",
          "LC_ALL",
          "LC_CTYPE",
          "LC_NUMERIC",
          "LC_TIME",
          "VIRTUAL_ENV",
          "CONDA_PREFIX",
          "JAVA_HOME");
  private static final String[] PREFIXES = {"ALLCLOSE_", "PYTHON", "PYENV"};
  private static final Set<PosixFilePermission> PRIVATE =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  /**
   * The rendezvous of a process started with {@code environment} for the product at {@code jar}.
   */
  public static Rendezvous of(Map<String, String> environment, Path jar) throws IOException {
    return new Rendezvous(folder(environment), name(environment, jar.toRealPath()));
  }

  public Path socket() {
    return folder.resolve(name + ".sock");
  }

  /**
   * Held by the running process for its whole life, so that a second one started meanwhile quits.
   */
  public Path lock() {
    return folder.resolve(name + ".lock");
  }

  /** What the process writes about itself: when it started, stopped, and why. */
  public Path log() {
    return folder.resolve(name + ".log");
  }

  /**
   * Creates the folder when it is missing, then checks that it is private to this user.
   *
   * @throws IOException when it is not (someone else's, a link, or open to others): the caller then
   *     runs the command in a fresh process
   */
  public void prepare() throws IOException {
    try {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
    } catch (FileAlreadyExistsException e) {
      // checked below like a folder we made
    }
    checkPrivate();
  }

  /** Checks that the folder exists and is private to this user (see {@link #prepare}). */
  public void checkPrivate() throws IOException {
    PosixFileAttributes attributes =
        Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Object owner = Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory()
        || !owner.equals(currentUid())
        || !attributes.permissions().equals(PRIVATE)) {
      throw new IOException(folder + " is not a folder private to this user (mode 700)");
    }
  }

  /** This process's user id: the owner of its own {@code /proc} entry. */
  public static int currentUid() throws IOException {
    return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
  }

  private static Path folder(Map<String, String> environment) throws IOException {
    String runtime = environment.get("XDG_RUNTIME_DIR");
    if (runtime != null && runtime.startsWith("/") && Files.isDirectory(Path.of(runtime))) {
      return Path.of(runtime, "allclose");
    }
    return Path.of("/tmp", "allclose-" + currentUid());
  }

  private static String name(Map<String, String> environment, Path jar) {
    Map<String, String> relevant = new TreeMap<>();
    environment.forEach(
        (key, value) -> {
          if (VARIABLES.contains(key) || startsWithAny(key)) {
            relevant.put(key, value);
          }
        });
    StringBuilder identity = new StringBuilder();
    identity.append(jar).append('\0');
    relevant.forEach((key, value) -> identity.append(key).append('=').append(value).append('\0'));
    return String.format("%016x", fnv1a(identity.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The 64-bit FNV-1a hash (Fowler, Noll and Vo; offset basis and prime from their reference). Not
   * a secret and not a defence: it only keeps different environments apart, and costs nothing at
   * start-up where a {@code MessageDigest} loads the JDK's security providers (about 20 ms).
   */
  private static long fnv1a(byte[] bytes) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static boolean startsWithAny(String key) {
    for (String prefix : PREFIXES) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
