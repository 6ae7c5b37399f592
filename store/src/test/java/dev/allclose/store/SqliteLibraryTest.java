package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver loads once per JVM, so each case runs in a JVM of its own ({@link OpenOnce}) and reads
 * which library file that JVM mapped.
 */
@EnabledOnOs(OS.LINUX)
class SqliteLibraryTest {
  @TempDir Path tmp;

  @Test
  void theLibraryIsCopiedOnceAndLoadedFromTheUsersFolder() throws Exception {
    Path folder = tmp.resolve("native");
    String first = openInFreshJvm(folder, tmp.resolve("a.db"));
    Path library = findLibrary(folder);
    assertThat(first).contains(library.toString());
    FileTime written = Files.getLastModifiedTime(library);

    String second = openInFreshJvm(folder, tmp.resolve("b.db"));
    assertThat(second).contains(library.toString());
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
    try (Stream<Path> left = Files.walk(folder)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("partial-"))).isEmpty();
    }
  }

  @Test
  void anUnwritableFolderLeavesTheDriverToItsOwnExtraction() throws Exception {
    Path blocked = tmp.resolve("blocked");
    Files.writeString(blocked, "a file where the folder would be");
    String maps = openInFreshJvm(blocked.resolve("native"), tmp.resolve("c.db"));
    assertThat(maps).contains("libsqlitejdbc").doesNotContain(blocked.toString());
  }

  private static Path findLibrary(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().equals("libsqlitejdbc.so")).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }

  private String openInFreshJvm(Path folder, Path db) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createDirectories(tmp.resolve("jvm-tmp"));
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + tmp.resolve("jvm-tmp"),
                "-cp",
                System.getProperty("java.class.path"),
                OpenOnce.class.getName(),
                folder.toString(),
                db.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** Opens a store after pointing the driver at a folder, then prints its mapped SQLite files. */
  public static final class OpenOnce {
    public static void main(String[] args) throws Exception {
      SqliteLibrary.useFolder(Path.of(args[0]));
      Store.openSqlite(Path.of(args[1]));
      try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
        maps.filter(l -> l.contains("sqlite")).forEach(System.out::println);
      }
    }
  }
}
