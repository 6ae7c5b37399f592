package dev.allclose.judge.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.allclose.harness.protocol.Op;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Npz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The on-disk form of a set of cases, shared by a package's {@code cases/} folder, the output of a
 * Python generator and the judge's cache:
 *
 * <ul>
 *   <li>{@code <name>.npz}: the inputs under their names; expected results may sit in the same file
 *       under {@code expected.<result>}.
 *   <li>{@code <name>.expected.npz}: expected results under their own names (the cache keeps them
 *       apart from the inputs the harness reads).
 *   <li>{@code cases.json} (optional in a package): a list of {@code {name, visible, description,
 *       calls, time_ms, memory_mb, limit_note}}; without it every {@code .npz} is a case, in name
 *       order, visible when its name starts with {@code sample}.
 * </ul>
 */
public final class CaseFolder {
  public static final String INDEX = "cases.json";
  private static final String EXPECTED_PREFIX = "expected.";
  private static final String EXPECTED_FILE = ".expected.npz";

  private CaseFolder() {}

  /** One entry of {@code cases.json}. */
  record Entry(
      String name,
      boolean visible,
      @Nullable String description,
      @Nullable List<CallEntry> calls,
      @Nullable Integer timeMs,
      @Nullable Integer memoryMb,
      @Nullable String limitNote,
      @Nullable Boolean rerunInFreshProcess) {}

  record CallEntry(
      String op, String target, @Nullable List<String> args, @Nullable List<String> results) {}

  public static List<TestCase> read(Path dir) throws IOException {
    List<TestCase> cases = new ArrayList<>();
    for (Entry e : entries(dir)) {
      Path file = dir.resolve(e.name() + ".npz");
      if (!Files.exists(file)) {
        throw new IOException(
            INDEX + " lists case '" + e.name() + "' but " + file.getFileName() + " is missing");
      }
      SequencedMap<String, NdArray> inputs = new LinkedHashMap<>();
      SequencedMap<String, NdArray> expected = new LinkedHashMap<>();
      Npz.read(file)
          .forEach(
              (k, v) -> {
                if (k.startsWith(EXPECTED_PREFIX)) {
                  expected.put(k.substring(EXPECTED_PREFIX.length()), v);
                } else {
                  inputs.put(k, v);
                }
              });
      Path expectedFile = dir.resolve(e.name() + EXPECTED_FILE);
      if (Files.exists(expectedFile)) {
        expected.putAll(Npz.read(expectedFile));
      }
      cases.add(
          new TestCase(
              e.name(),
              e.visible(),
              e.description() == null ? "" : e.description(),
              inputs,
              expected,
              calls(e),
              e.timeMs(),
              e.memoryMb(),
              e.limitNote() == null ? "" : e.limitNote(),
              Boolean.TRUE.equals(e.rerunInFreshProcess())));
    }
    return cases;
  }

  public static void write(List<TestCase> cases, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Entry> entries = new ArrayList<>();
    for (TestCase c : cases) {
      Npz.write(c.inputs(), dir.resolve(c.name() + ".npz"));
      Npz.write(c.expected(), dir.resolve(c.name() + EXPECTED_FILE));
      List<CallEntry> calls =
          c.calls().stream()
              .map(k -> new CallEntry(k.op().id(), k.target(), k.args(), k.results()))
              .toList();
      entries.add(
          new Entry(
              c.name(),
              c.visible(),
              c.description(),
              calls,
              c.timeMs(),
              c.memoryMb(),
              c.limitNote(),
              c.rerunInFreshProcess() ? Boolean.TRUE : null));
    }
    Protocol.mapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve(INDEX).toFile(), entries);
  }

  /** The input file the harness reads for a case written by {@link #write}. */
  public static Path inputFile(Path dir, String caseName) {
    return dir.resolve(caseName + ".npz");
  }

  private static List<Entry> entries(Path dir) throws IOException {
    Path index = dir.resolve(INDEX);
    if (Files.exists(index)) {
      return Protocol.mapper()
          .readValue(Files.readAllBytes(index), new TypeReference<List<Entry>>() {});
    }
    List<Entry> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".npz") && !n.endsWith(EXPECTED_FILE))
          .sorted()
          .forEach(
              n -> {
                String name = n.substring(0, n.length() - 4);
                found.add(
                    new Entry(
                        name,
                        name.toLowerCase(Locale.ROOT).startsWith("sample"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
              });
    }
    return found;
  }

  private static List<CaseCall> calls(Entry e) throws IOException {
    List<CaseCall> calls = new ArrayList<>();
    if (e.calls() == null) {
      return calls;
    }
    for (CallEntry c : e.calls()) {
      Op op;
      try {
        op = Op.valueOf(c.op().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException bad) {
        throw new IOException(
            "case '"
                + e.name()
                + "': unknown op '"
                + c.op()
                + "' (call, new, method, each, in, get)");
      }
      calls.add(
          new CaseCall(
              op,
              c.target(),
              c.args() == null ? List.of() : c.args(),
              c.results() == null ? List.of() : c.results()));
    }
    return calls;
  }
}
