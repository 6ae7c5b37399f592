package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.interview.coverage.MiniLmEmbedder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Commands that score nothing never load the sentence-embedding model: `allclose --help` it runs in
 * a fresh JVM, which then reports whether the model's holder was touched.
 */
class StartupTest {
  private static final String LOAD = "--load-the-model-directly";

  /** Runs the command line on {@code args}, then prints whether the model was loaded. */
  public static void main(String[] args) {
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    if (args.length == 1 && args[0].equals(LOAD)) {
      MiniLmEmbedder.shared().available();
    } else {
      Main.commandLine(Environment.system(), args).execute(args);
    }
    stdout.println("model loaded: " + MiniLmEmbedder.loaded());
  }

  private static String run(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                StartupTest.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void helpDoesNotLoadTheModel() throws Exception {
    assertThat(run("--help")).contains("model loaded: false");
  }

  @Test
  void theProbeSeesALoadedModel() throws Exception {
    assertThat(run(LOAD)).contains("model loaded: true");
  }
}
