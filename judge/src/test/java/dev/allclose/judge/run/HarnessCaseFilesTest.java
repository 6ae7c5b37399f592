package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Npy;
import dev.allclose.numeric.Npz;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python harness reads the judge's input archives and writes its output archives itself,
 * without the zipfile module (see {@code harness.py}, "Case files"). Each array the judge can send
 * comes back unchanged through a solution that returns its inputs, as {@link Npz} reads it; an
 * archive the judge did not write (deflated entries) is still read, through NumPy.
 */
class HarnessCaseFilesTest {
  @TempDir Path tmp;

  private static final String ECHO =
      "def echo(a, b, c, d, e, f, g, h):\n"
          + "    a[0, 0] += 0.0  # inputs are writable, as np.load gives them\n"
          + "    return a, b, c, d, e, f, g, h\n"
          + "def stop():\n"
          + "    exit(3)\n";

  private static SequencedMap<String, NdArray> everyKind() {
    SequencedMap<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("a", NdArray.ofDoubles(new double[] {1.5, -0.0, Double.NaN, 1e300, 2, 3}, 2, 3));
    arrays.put("b", NdArray.ofDoubles(DType.FLOAT32, new double[] {0.25, -7}, 2));
    arrays.put("c", NdArray.ofLongs(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}, 3));
    arrays.put("d", NdArray.ofLongs(DType.INT32, new long[] {-5, 6}, 2, 1));
    arrays.put("e", NdArray.ofBooleans(new boolean[] {true, false, true}, 3));
    arrays.put("f", NdArray.ofStrings(new String[] {"αβ", "", "tokens"}, 3));
    arrays.put("g", NdArray.scalar(42L));
    arrays.put("h", NdArray.ofDoubles(new double[0], 0, 4));
    return arrays;
  }

  private Path manifest(String input) throws Exception {
    Path solution = Files.writeString(tmp.resolve("s.py"), ECHO);
    StringBuilder args = new StringBuilder();
    StringBuilder results = new StringBuilder();
    for (String name : everyKind().keySet()) {
      String sep = args.isEmpty() ? "" : ", ";
      args.append(sep)
          .append("{\"name\": \"%s\", \"type\": \"ndarray\", \"present\": true}".formatted(name));
      results.append(sep).append("{\"name\": \"%s\", \"type\": \"ndarray\"}".formatted(name));
    }
    String json =
        """
        {"language": "python", "solution": "%s", "display_name": "s.py",
         "limits": {"memory_mb": 256, "output_bytes": 65536, "cpu_seconds": 10, "processes": 32,
                    "file_bytes": 1048576},
         "banned": [], "required": [],
         "cases": [{"name": "echo", "input": "%s", "output": "%s", "time_limit_ms": 10000,
                    "calls": [{"op": "call", "target": "echo", "args": [%s], "results": [%s],
                               "packing": "tuple"}]},
                   {"name": "stop", "input": "%s", "output": "%s", "time_limit_ms": 10000,
                    "calls": [{"op": "call", "target": "stop", "args": [], "results": [],
                               "packing": "none"}]}]}
        """
            .formatted(
                solution,
                input,
                tmp.resolve("out.npz"),
                args,
                results,
                input,
                tmp.resolve("stopped.npz"));
    return Files.writeString(tmp.resolve("manifest.json"), json);
  }

  /** Runs the harness outside the sandbox on the two cases; returns their end events. */
  private List<Event.End> run(Path manifest) throws Exception {
    Path harness = tmp.resolve("harness.py");
    try (InputStream in =
        HarnessCaseFilesTest.class.getResourceAsStream("/dev/allclose/harness/python/harness.py")) {
      Files.copy(in, harness);
    }
    // as the judge starts it: without site, NumPy found through the runtime's search path
    PythonRuntime python = PythonRuntime.of(PythonRunner.defaultPython());
    ProcessBuilder pb =
        new ProcessBuilder(python.executable(), "-B", "-S", harness.toString(), manifest.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PYTHONPATH", String.join(File.pathSeparator, python.searchPath()));
    Process p = pb.start();
    List<Event.End> ends = new ArrayList<>();
    try (BufferedReader out =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        OutputStream commands = p.getOutputStream()) {
      assertThat(Protocol.mapper().readValue(out.readLine(), Event.class))
          .isInstanceOf(Event.Ready.class);
      for (String name : List.of("echo", "stop")) {
        commands.write(("{\"run\": \"" + name + "\"}\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
        Event e;
        do {
          e = Protocol.mapper().readValue(out.readLine(), Event.class);
        } while (!(e instanceof Event.End));
        ends.add((Event.End) e);
      }
    } finally {
      p.waitFor(10, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
    return ends;
  }

  @Test
  void everyKindOfArrayComesBackAsTheJudgeWroteIt() throws Exception {
    Path input = tmp.resolve("in.npz");
    Npz.write(everyKind(), input);

    List<Event.End> ends = run(manifest(input.toString()));

    assertThat(ends.get(0).status()).isEqualTo(Event.Status.OK);
    assertThat(Npz.read(tmp.resolve("out.npz"))).isEqualTo(everyKind());
  }

  @Test
  void anArchiveWithDeflatedEntriesIsReadThroughNumPy() throws Exception {
    Path input = tmp.resolve("deflated.npz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input))) {
      for (Map.Entry<String, NdArray> e : everyKind().entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
        zip.write(Npy.toBytes(e.getValue()));
        zip.closeEntry();
      }
    }

    List<Event.End> ends = run(manifest(input.toString()));

    assertThat(ends.get(0).status()).isEqualTo(Event.Status.OK);
    assertThat(Npz.read(tmp.resolve("out.npz"))).isEqualTo(everyKind());
  }

  @Test
  void exitStopsTheSolutionAsItWouldWithSite() throws Exception {
    Path input = tmp.resolve("in.npz");
    Npz.write(everyKind(), input);

    Event.End stop = run(manifest(input.toString())).get(1);

    assertThat(stop.status()).isEqualTo(Event.Status.ERROR);
    assertThat(stop.error()).contains("sys.exit(3)").doesNotContain("NameError");
  }
}
