package dev.allclose.judge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allclose.fields.Fields;
import dev.allclose.judge.report.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A catalog validated once, when the product is built, and kept as one JSON file, so that loading
 * it later parses no YAML, walks no folders and loads no classes. {@link #write} validates every
 * package with {@link PackageReader} and refuses a catalog with any broken package; {@link #read}
 * rebuilds the same {@link ProblemPackage}s from the file alone.
 *
 * <p>Format 1, one entry per package, ordered by number:
 *
 * <pre>
 * {"format": 1, "packages": [{"folder": "softmax", "metadata": {problem.yaml as a JSON tree},
 *   "hints": ["text of hints/1.md", ...],
 *   "submissions": [{"file": "submissions/accepted/a.py", "language": "python",
 *                    "expected": "accepted"}, ...]}, ...]}
 * </pre>
 *
 * The metadata is kept as a tree, not as a {@link ProblemMetadata}, so that {@link MetadataReader}
 * stays the one reader of the format. What a package reads lazily (statement, editorial,
 * derivation, starters, cases) is still read from its folder, which the caller maps from the folder
 * name. Stateless and thread-safe.
 */
public final class CatalogIndex {
  /** Raised whenever the layout of the file changes; an index of another format is refused. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogIndex() {}

  /** For the build: {@code CatalogIndex CATALOG_FOLDER INDEX_FILE}. */
  public static void main(String[] args) throws IOException, InvalidCatalogException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogIndex CATALOG_FOLDER INDEX_FILE");
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Validates every package folder of {@code catalogDir} and writes the index of them to {@code
   * indexFile} (atomically: a reader sees the old file or the new one).
   *
   * @throws InvalidCatalogException if any package is broken, or two share a number or slug
   */
  public static void write(Path catalogDir, Path indexFile)
      throws IOException, InvalidCatalogException {
    if (!Files.isDirectory(catalogDir)) {
      throw new NoSuchFileException(catalogDir.toString(), null, "is not a catalog folder");
    }
    ProblemCatalog catalog = ProblemCatalog.load(List.of(ProblemSource.folder(catalogDir)));
    if (!catalog.broken().isEmpty()) {
      throw new InvalidCatalogException(catalogDir, catalog.broken());
    }
    ObjectNode index = JSON.createObjectNode().put("format", FORMAT);
    ArrayNode packages = index.putArray("packages");
    for (ProblemPackage p : catalog.problems()) {
      packages.add(entry(p));
    }
    writeAtomically(index, indexFile);
  }

  /**
   * The packages of an index, in its order. {@code name} names the index in messages; {@code
   * rootOfFolder} gives the folder a package's files are read from.
   *
   * @throws IllegalStateException if the index is of another format or damaged (rebuild it)
   */
  public static List<ProblemPackage> read(
      String name,
      InputStream in,
      Function<String, Path> rootOfFolder,
      ProblemPackage.Origin origin)
      throws IOException {
    JsonNode index = parse(name, in);
    List<ProblemPackage> packages = new ArrayList<>();
    for (JsonNode entry : index.path("packages")) {
      packages.add(toPackage(name, entry, rootOfFolder, origin));
    }
    return packages;
  }

  private static ObjectNode entry(ProblemPackage p) throws IOException {
    JsonNode metadata = PackageReader.metadataTree(p.root());
    if (metadata == null) {
      throw new IllegalStateException(p.root() + " lost its problem.yaml while being indexed");
    }
    ObjectNode entry = JSON.createObjectNode();
    entry.put("folder", String.valueOf(p.root().getFileName()));
    entry.set("metadata", metadata);
    ArrayNode hints = entry.putArray("hints");
    p.hints().forEach(hints::add);
    ArrayNode submissions = entry.putArray("submissions");
    for (KnownSubmission s : p.submissions()) {
      submissions
          .addObject()
          .put("file", relative(p.root(), s.file()))
          .put("language", s.language().id())
          .put("expected", s.expected().id());
    }
    return entry;
  }

  /** {@code file} relative to {@code root}, with {@code /} between names on every system. */
  private static String relative(Path root, Path file) {
    List<String> names = new ArrayList<>();
    root.relativize(file).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  private static void writeAtomically(JsonNode index, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp =
        target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid());
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        JSON.writeValue(out, index);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static JsonNode parse(String name, InputStream in) throws IOException {
    JsonNode index;
    try {
      index = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode format = index == null ? null : index.get("format");
    if (index == null || format == null || !format.isInt() || format.intValue() != FORMAT) {
      throw new IllegalStateException(
          name
              + " is a catalog index of format "
              + format
              + ", but this build reads format "
              + FORMAT
              + ": rebuild the product (./mvnw package)");
    }
    if (!index.path("packages").isArray()) {
      throw new IllegalStateException(name + " has no list of packages: rebuild the product");
    }
    return index;
  }

  private static ProblemPackage toPackage(
      String name,
      JsonNode entry,
      Function<String, Path> rootOfFolder,
      ProblemPackage.Origin origin) {
    List<Defect> defects = new ArrayList<>();
    Fields f = new Fields((field, message) -> defects.add(new Defect(name, field, message)));
    String folder = Objects.requireNonNullElse(f.string(entry, "folder", "", true), "");
    Path root = rootOfFolder.apply(folder);
    ProblemMetadata meta = new MetadataReader(defects).read(entry.path("metadata"), folder);
    List<String> hints = hints(entry, f);
    List<KnownSubmission> submissions = new ArrayList<>();
    for (JsonNode s : f.list(entry, "submissions", "", true)) {
      submission(root, s, f).ifPresent(submissions::add);
    }
    if (meta == null || !defects.isEmpty()) {
      throw new IllegalStateException(
          "the index "
              + name
              + " holds a package that does not load; rebuild the product. "
              + new InvalidPackageException(root, defects).getMessage());
    }
    return new ProblemPackage(root, meta, origin, hints, submissions);
  }

  /** The hint texts exactly as the files hold them (not stripped, unlike {@link Fields}). */
  private static List<String> hints(JsonNode entry, Fields f) {
    List<String> hints = new ArrayList<>();
    List<JsonNode> nodes = f.list(entry, "hints", "", true);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isTextual()) {
        hints.add(nodes.get(i).textValue());
      } else {
        f.defect("hints[" + i + "]", "must be text, not " + Fields.describe(nodes.get(i)));
      }
    }
    return hints;
  }

  private static Optional<KnownSubmission> submission(Path root, JsonNode s, Fields f) {
    String file = f.string(s, "file", "submissions", true);
    Optional<Language> language = Language.fromId(s.path("language").asText());
    Optional<Verdict> expected = Verdict.fromId(s.path("expected").asText());
    if (file == null || language.isEmpty() || expected.isEmpty()) {
      f.defect("submissions", "has a file, language or verdict it does not know: " + s);
      return Optional.empty();
    }
    return Optional.of(new KnownSubmission(root.resolve(file), language.get(), expected.get()));
  }
}
