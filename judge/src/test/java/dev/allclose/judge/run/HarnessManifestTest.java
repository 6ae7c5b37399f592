package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.JavaHarness;
import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both real harnesses, given a manifest with a value outside one of its closed sets, report a fault
 * of their own that names the value, instead of running the solution or dying silently.
 */
class HarnessManifestTest {
  @TempDir Path tmp;

  private Path manifest(String op, String packing) throws Exception {
    Path solution = Files.writeString(tmp.resolve("s.py"), "def f():\n    return 1\n");
    String json =
        """
        {"language": "python", "solution": "%s", "display_name": "s.py",
         "limits": {"memory_mb": 256, "output_bytes": 65536, "cpu_seconds": 10, "processes": 32,
                    "file_bytes": 1048576},
         "banned": [], "required": [],
         "cases": [{"name": "c", "input": "in.npz", "output": "out.npz", "time_limit_ms": 1000,
                    "calls": [{"op": "%s", "target": "f", "args": [], "results": [],
                               "packing": "%s"}]}]}
        """
            .formatted(solution, op, packing);
    return Files.writeString(tmp.resolve("manifest.json"), json);
  }

  private static Event firstEvent(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as("the harness's first event").isNotNull();
      return Protocol.mapper().readValue(line, Event.class);
    } finally {
      p.waitFor(10, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
  }

  private static void assertNamed(Event e, String named) {
    assertThat(e).isInstanceOf(Event.Fatal.class);
    Event.Fatal f = (Event.Fatal) e;
    assertThat(f.phase()).isEqualTo(Event.Phase.HARNESS);
    assertThat(f.message()).contains("cannot read the judge's manifest").contains(named);
  }

  @Test
  void thePythonHarnessNamesAnUnknownOpOrPacking() throws Exception {
    Path harness = tmp.resolve("harness.py");
    try (InputStream in =
        HarnessManifestTest.class.getResourceAsStream("/dev/allclose/harness/python/harness.py")) {
      Files.copy(in, harness);
    }
    String python = PythonRunner.defaultPython();
    assertNamed(
        firstEvent(
            List.of(python, "-B", harness.toString(), manifest("frobnicate", "none").toString())),
        "the unknown op 'frobnicate'");
    assertNamed(
        firstEvent(List.of(python, "-B", harness.toString(), manifest("call", "pair").toString())),
        "the unknown packing 'pair'");
  }

  @Test
  void theJavaHarnessNamesAnUnknownOpOrPacking() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        HarnessClasspath.entries().stream().map(Path::toString).collect(Collectors.joining(":"));
    assertNamed(
        firstEvent(
            List.of(
                java,
                "-cp",
                classpath,
                JavaHarness.class.getName(),
                manifest("frobnicate", "none").toString())),
        "the unknown op 'frobnicate'");
    assertNamed(
        firstEvent(
            List.of(
                java,
                "-cp",
                classpath,
                JavaHarness.class.getName(),
                manifest("call", "pair").toString())),
        "the unknown packing 'pair'");
  }
}
