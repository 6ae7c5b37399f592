package dev.allclose.judge.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.harness.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Where a Python interpreter lives, asked of the interpreter itself once per process: the
 * executable it really is (a pyenv or asdf shim is a shell script that cannot run in the sandbox),
 * its prefixes and its module search path. The sandbox shows exactly these folders, read-only, and
 * the harness gets the search path as {@code PYTHONPATH}, so NumPy is found wherever it was
 * installed (a virtual environment, the user's site-packages, a conda prefix).
 *
 * @param executable the interpreter to start (a virtual environment's own, so its packages count)
 * @param folders the folders the interpreter needs to see
 * @param searchPath the module search path, without the script's folder
 */
public record PythonRuntime(String executable, List<Path> folders, List<String> searchPath) {
  private static final String PROBE =
      "import json, os, sys\n"
          + "print(json.dumps({'executable': sys.executable,"
          + " 'real': os.path.realpath(sys.executable),"
          + " 'prefixes': [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix],"
          + " 'path': [p for p in sys.path if p]}))\n";
  private static final Map<String, PythonRuntime> FOUND = new ConcurrentHashMap<>();

  public PythonRuntime {
    folders = List.copyOf(folders);
    searchPath = List.copyOf(searchPath);
  }

  /** The runtime behind {@code command}, found once; throws when it cannot be started. */
  public static PythonRuntime of(String command) throws IOException {
    PythonRuntime known = FOUND.get(command);
    if (known != null) {
      return known;
    }
    PythonRuntime found = probe(command);
    FOUND.put(command, found);
    return found;
  }

  private static PythonRuntime probe(String command) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder(command, "-c", PROBE).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(
          command
              + " cannot be started; install Python 3 with NumPy, or point ALLCLOSE_PYTHON at it");
    }
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readNBytes(1 << 16);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(
            command
                + " failed to report where it lives: "
                + new String(out, java.nio.charset.StandardCharsets.UTF_8).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + command + " where it lives");
    }
    JsonNode json = Protocol.mapper().readTree(out);
    Set<Path> folders = new LinkedHashSet<>();
    String executable = json.path("executable").asText();
    addParentOf(folders, executable);
    addParentOf(folders, json.path("real").asText());
    json.path("prefixes").forEach(n -> addExisting(folders, n.asText()));
    List<String> searchPath = new ArrayList<>();
    for (JsonNode n : json.path("path")) {
      searchPath.add(n.asText());
      addExisting(folders, n.asText());
    }
    return new PythonRuntime(executable, new ArrayList<>(folders), searchPath);
  }

  private static void addParentOf(Set<Path> folders, String file) {
    Path parent = Path.of(file).getParent();
    if (parent != null) {
      addExisting(folders, parent.toString());
    }
  }

  private static void addExisting(Set<Path> folders, String path) {
    if (path.isEmpty()) {
      return;
    }
    Path p = Path.of(path).toAbsolutePath().normalize();
    // a zip on sys.path that does not exist (python311.zip) needs no bind
    if (Files.exists(p)) {
      folders.add(p);
    }
  }
}
