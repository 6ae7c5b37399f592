package dev.allclose.judge.cases;

import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCode;
import dev.allclose.judge.problem.ProblemCodes;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.NdArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes each problem's cases once and keeps them: in memory for this process and on disk under
 * {@code cacheRoot/<slug>/<key>/}, where the key hashes the package's case-relevant files and the
 * product build, so editing a package or upgrading the product regenerates them. Safe for
 * concurrent use; two processes racing to fill the same entry both end up with a complete one.
 */
public final class CaseStore {
  private static final long GENERATOR_TIMEOUT_S = 300;
  private static final String COMPLETE = "complete";

  private final Path cacheRoot;
  private final String python;
  private final Map<String, CaseSet> loaded = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  public CaseStore(Path cacheRoot, String python) {
    this.cacheRoot = cacheRoot;
    this.python = python;
  }

  public CaseSet load(ProblemPackage pkg) throws CaseGenerationException {
    String key = key(pkg);
    CaseSet set = loaded.get(key);
    if (set != null) {
      return set;
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      set = loaded.get(key);
      if (set == null) {
        set = loadOrMake(pkg, cacheRoot.resolve(pkg.slug()).resolve(key));
        loaded.put(key, set);
      }
      return set;
    }
  }

  private CaseSet loadOrMake(ProblemPackage pkg, Path dir) throws CaseGenerationException {
    try {
      if (!Files.exists(dir.resolve(COMPLETE))) {
        List<TestCase> cases = withEmptyTuplesShaped(pkg, make(pkg));
        List<String> problems = CaseChecks.problems(pkg.metadata(), cases);
        if (!problems.isEmpty()) {
          throw new CaseGenerationException(
              "the cases of "
                  + pkg.slug()
                  + " do not fit its contract:\n  "
                  + String.join("\n  ", problems));
        }
        publish(cases, dir);
      }
      return new CaseSet(CaseFolder.read(dir), dir);
    } catch (IOException e) {
      throw new CaseGenerationException(
          "cannot prepare the cases of " + pkg.slug() + ": " + e.getMessage(), e);
    }
  }

  /**
   * An expected empty {@code list[tuple[int,int]]} made from a Java {@code new int[0][2]} reads as
   * shape (0, 0): the rows that would tell the inner length are absent. Reshape it to (0, 2), the
   * shape every solution returns.
   */
  private static List<TestCase> withEmptyTuplesShaped(ProblemPackage pkg, List<TestCase> cases) {
    List<TestCase> out = new ArrayList<>();
    for (TestCase c : cases) {
      Map<String, ValueType> types;
      try {
        types = CallPlan.of(pkg.metadata(), c).resultTypes();
      } catch (IllegalArgumentException e) {
        out.add(c); // reported by CaseChecks
        continue;
      }
      SequencedMap<String, NdArray> expected = new LinkedHashMap<>();
      c.expected()
          .forEach(
              (name, a) ->
                  expected.put(
                      name,
                      types.get(name) instanceof ValueType.ListOf l
                              && l.tupleArity() > 0
                              && a.size() == 0
                          ? a.reshape(0, l.tupleArity())
                          : a));
      out.add(
          new TestCase(
              c.name(),
              c.visible(),
              c.description(),
              c.inputs(),
              expected,
              c.calls(),
              c.timeMs(),
              c.memoryMb(),
              c.limitNote(),
              c.rerunInFreshProcess()));
    }
    return out;
  }

  /**
   * Writes into a fresh folder, then renames it into place so readers never see half a set. Another
   * process (a server and its worker, or two workers, on one home) may publish the same set first:
   * then its set stays and this one is dropped. Linux's rename(2) answers that with ENOTEMPTY,
   * which the JDK reports as a plain {@link FileSystemException}, not a {@link
   * java.nio.file.DirectoryNotEmptyException}.
   */
  static void publish(List<TestCase> cases, Path dir) throws IOException {
    Files.createDirectories(dir.getParent());
    Path tmp = Files.createTempDirectory(dir.getParent(), ".partial-");
    CaseFolder.write(cases, tmp);
    Files.writeString(tmp.resolve(COMPLETE), "");
    try {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException raced) {
      deleteTree(tmp);
      if (!Files.exists(dir.resolve(COMPLETE))) {
        throw raced;
      }
    }
  }

  private List<TestCase> make(ProblemPackage pkg) throws IOException, CaseGenerationException {
    return switch (pkg.metadata().cases()) {
      case CaseSource.BuiltIn b -> builtIn(pkg, b);
      case CaseSource.JavaGenerator g -> javaGenerated(pkg, g);
      case CaseSource.PythonGenerator g -> pythonGenerated(pkg, g);
      case CaseSource.Folder f -> CaseFolder.read(pkg.file(f.directory()));
    };
  }

  private static List<TestCase> builtIn(ProblemPackage pkg, CaseSource.BuiltIn b)
      throws CaseGenerationException {
    ProblemCode code =
        ProblemCodes.find(pkg.slug())
            .orElseThrow(
                () -> new CaseGenerationException("no built-in generator for " + pkg.slug()));
    try {
      return code.generator().generate(new GenerationContext(pkg.metadata(), b.seed()));
    } catch (RuntimeException e) {
      throw new CaseGenerationException("the generator of " + pkg.slug() + " failed: " + e, e);
    }
  }

  private static List<TestCase> javaGenerated(ProblemPackage pkg, CaseSource.JavaGenerator g)
      throws CaseGenerationException {
    CaseGenerator generator;
    try {
      generator =
          Class.forName(g.className())
              .asSubclass(CaseGenerator.class)
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new CaseGenerationException("cannot create generator " + g.className() + ": " + e, e);
    }
    try {
      return generator.generate(new GenerationContext(pkg.metadata(), g.seed()));
    } catch (RuntimeException e) {
      throw new CaseGenerationException("generator " + g.className() + " failed: " + e, e);
    }
  }

  private List<TestCase> pythonGenerated(ProblemPackage pkg, CaseSource.PythonGenerator g)
      throws IOException, CaseGenerationException {
    Path out = Files.createTempDirectory("allclose-gen-");
    try {
      Process p =
          new ProcessBuilder(
                  python,
                  "-B",
                  g.script(),
                  "--seed",
                  Long.toString(g.seed()),
                  "--out",
                  out.toString())
              .directory(pkg.root().toFile())
              .redirectErrorStream(true)
              .start();
      String log;
      try (InputStream in = p.getInputStream()) {
        log = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(GENERATOR_TIMEOUT_S, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new CaseGenerationException(
            g.script() + " ran longer than " + GENERATOR_TIMEOUT_S + " s");
      }
      if (p.exitValue() != 0) {
        throw new CaseGenerationException(
            g.script() + " failed (exit " + p.exitValue() + "):\n" + log.strip());
      }
      return CaseFolder.read(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaseGenerationException("interrupted while running " + g.script(), e);
    } finally {
      deleteTree(out);
    }
  }

  /**
   * The version of a package as far as judging goes: two judges with the same version generate the
   * same cases and check them the same way (see {@link #key}).
   */
  public static String packageVersion(ProblemPackage pkg) {
    return key(pkg);
  }

  /**
   * SHA-256 over the files that decide the cases (everything but statements, starters and
   * submissions) and the product build id.
   */
  static String key(ProblemPackage pkg) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(buildId().getBytes(StandardCharsets.UTF_8));
      try (Stream<Path> files = Files.walk(pkg.root())) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String rel = pkg.root().relativize(f).toString().replace('\\', '/');
          if (rel.startsWith("submissions/") || rel.startsWith("starter/") || rel.endsWith(".md")) {
            continue;
          }
          sha.update(rel.getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String buildId() {
    Properties p = new Properties();
    try (InputStream in =
        CaseStore.class.getResourceAsStream("/dev/allclose/judge/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "?") + "/" + p.getProperty("build", "?");
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
