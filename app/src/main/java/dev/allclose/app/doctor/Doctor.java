package dev.allclose.app.doctor;

import dev.allclose.app.Workbench;
import dev.allclose.judge.Judge;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.run.WorkTree;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What protects the user's runs and data on this machine: the sandbox and its parts, each
 * language's runtime started the way a harness starts it, and the permissions of the data folder
 * and the database. Each missing protection comes with how to get it.
 */
public final class Doctor {
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Workbench workbench;

  public Doctor(Workbench workbench) {
    this.workbench = workbench;
  }

  /** Every check, in the order a reader wants them: isolation, runtimes, data. */
  public List<Check> examine() {
    List<Check> checks = new ArrayList<>();
    Isolation isolation = workbench.isolation();
    for (Isolation.Protection p : isolation.protections()) {
      checks.add(new Check(p.name(), p.active(), p.detail(), p.fix()));
    }
    checks.addAll(runtimes());
    checks.add(folder(workbench.home()));
    checks.add(database(workbench.home().resolve("allclose.db")));
    return checks;
  }

  private List<Check> runtimes() {
    List<Check> checks = new ArrayList<>();
    Path scratch = null;
    try {
      Path cache = Files.createDirectories(workbench.home().resolve("cache"));
      scratch = Files.createTempDirectory(cache, "doctor-");
      Judge judge = workbench.judge();
      for (Judge.RuntimeCheck r : judge.checkRuntimes(scratch)) {
        boolean python = r.language() == Language.PYTHON;
        String name = python ? "Python and NumPy" : "JDK";
        checks.add(
            r.works()
                ? new Check(name, true, r.detail(), "")
                : new Check(name, false, "cannot start: " + r.detail(), fixFor(python)));
      }
    } catch (IOException e) {
      checks.add(
          new Check(
              "runtimes",
              false,
              "cannot make a scratch folder: " + e.getMessage(),
              "make " + workbench.home() + " writable"));
    } finally {
      if (scratch != null) {
        WorkTree.delete(scratch);
      }
    }
    return checks;
  }

  private static String fixFor(boolean python) {
    return python
        ? "install Python 3 with NumPy (`sudo apt-get install python3-numpy`, or `pip install"
            + " numpy`), or point ALLCLOSE_PYTHON at an interpreter that has it"
        : "run Allclose on a JDK 21 or newer (not a JRE), found through JAVA_HOME";
  }

  private static Check folder(Path home) {
    if (!Files.isDirectory(home)) {
      return new Check("data folder", true, home + " (made on first use, for you only)", "");
    }
    return permissions("data folder", home, OWNER_ONLY_FOLDER, "chmod 700 " + home);
  }

  private static Check database(Path db) {
    if (!Files.exists(db)) {
      return new Check("database", true, db + " (made on first use, for you only)", "");
    }
    return permissions("database", db, OWNER_ONLY_FILE, "chmod 600 " + db);
  }

  private static Check permissions(
      String name, Path path, Set<PosixFilePermission> wanted, String fix) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new Check(name, true, path + " (no POSIX permissions on this file system)", "");
    }
    try {
      Set<PosixFilePermission> actual =
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      String shown = PosixFilePermissions.toString(actual);
      return actual.equals(wanted)
          ? new Check(name, true, path + " (" + shown + ": only you can read it)", "")
          : new Check(name, false, path + " (" + shown + ": others can read it)", fix);
    } catch (IOException e) {
      return new Check(name, false, path + ": " + e.getMessage(), "check that you own " + path);
    }
  }
}
