package dev.allclose.judge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.report.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates a problem package folder. Every defect is collected (metadata fields, missing
 * files, unknown submission folders, classes that cannot be loaded) and reported together; a
 * package with any defect is refused whole.
 */
public final class PackageReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PackageReader() {}

  public static ProblemPackage read(Path root, ProblemPackage.Origin origin)
      throws InvalidPackageException {
    List<Defect> defects = new ArrayList<>();
    ProblemMetadata meta = metadata(root, defects);
    List<String> hints = hints(root, defects);
    requireText(root, PackageLayout.STATEMENT, defects);
    requireText(root, PackageLayout.EDITORIAL, defects);
    List<KnownSubmission> submissions = submissions(root, meta, defects);
    if (meta != null) {
      checkStarters(root, meta, defects);
      checkClasses(meta, defects);
      checkCaseSource(root, meta, defects);
      checkStatementNamesEntryPoints(root, meta, defects);
      checkDerivation(root, meta, defects);
    }
    if (!defects.isEmpty() || meta == null) {
      throw new InvalidPackageException(root, defects);
    }
    return new ProblemPackage(root, meta, origin, hints, submissions);
  }

  private static @Nullable ProblemMetadata metadata(Path root, List<Defect> defects) {
    Path file = root.resolve(PackageLayout.METADATA);
    if (!Files.isRegularFile(file)) {
      defects.add(new Defect(PackageLayout.METADATA, "", "is missing"));
      return null;
    }
    JsonNode tree;
    try {
      tree = metadataTree(root);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
      defects.add(
          new Defect(
              PackageLayout.METADATA, where, "is not valid YAML: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      defects.add(new Defect(PackageLayout.METADATA, "", "cannot be read: " + e.getMessage()));
      return null;
    }
    if (tree == null || tree.isMissingNode()) {
      defects.add(new Defect(PackageLayout.METADATA, "", "is empty"));
      return null;
    }
    String folder =
        root.getFileName() == null ? "" : root.getFileName().toString().replace("/", "");
    return new MetadataReader(defects).read(tree, folder);
  }

  /**
   * The YAML tree of the package's {@code problem.yaml}, as {@link MetadataReader} reads it; null
   * or missing when the file is empty.
   */
  static @Nullable JsonNode metadataTree(Path root) throws IOException {
    return YAML.readTree(
        Files.readString(root.resolve(PackageLayout.METADATA), StandardCharsets.UTF_8));
  }

  private static List<String> hints(Path root, List<Defect> defects) {
    List<String> hints = new ArrayList<>();
    for (int level = 1; level <= PackageLayout.MAX_HINTS; level++) {
      Path file = root.resolve(PackageLayout.hint(level));
      if (Files.isRegularFile(file)) {
        String text = readText(root, PackageLayout.hint(level), defects);
        if (text != null) {
          hints.add(text);
        }
      } else if (level <= PackageLayout.MIN_HINTS) {
        defects.add(
            new Defect(
                PackageLayout.hint(level),
                "",
                "is missing (a package has "
                    + PackageLayout.MIN_HINTS
                    + " to "
                    + PackageLayout.MAX_HINTS
                    + " hint levels)"));
      }
    }
    Path extra = root.resolve(PackageLayout.hint(PackageLayout.MAX_HINTS + 1));
    if (Files.exists(extra)) {
      defects.add(
          new Defect(
              PackageLayout.hint(PackageLayout.MAX_HINTS + 1),
              "",
              "is one hint too many (at most " + PackageLayout.MAX_HINTS + ")"));
    }
    return hints;
  }

  private static void requireText(Path root, String relative, List<Defect> defects) {
    readText(root, relative, defects);
  }

  private static @Nullable String readText(Path root, String relative, List<Defect> defects) {
    Path file = root.resolve(relative);
    if (!Files.isRegularFile(file)) {
      defects.add(new Defect(relative, "", "is missing"));
      return null;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        defects.add(new Defect(relative, "", "is empty"));
        return null;
      }
      return text;
    } catch (IOException e) {
      defects.add(new Defect(relative, "", "cannot be read as UTF-8 text: " + e.getMessage()));
      return null;
    }
  }

  private static List<KnownSubmission> submissions(
      Path root, @Nullable ProblemMetadata meta, List<Defect> defects) {
    List<KnownSubmission> found = new ArrayList<>();
    Path dir = root.resolve(PackageLayout.SUBMISSIONS);
    if (!Files.isDirectory(dir)) {
      defects.add(
          new Defect(
              PackageLayout.SUBMISSIONS + "/",
              "",
              "is missing: keep at least one accepted solution in submissions/accepted/"));
      return found;
    }
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        String name = folder.getFileName().toString().replace("/", "");
        Verdict verdict = Verdict.fromId(name).filter(v -> v != Verdict.SKIPPED).orElse(null);
        String rel = PackageLayout.SUBMISSIONS + "/" + name;
        if (verdict == null || !Files.isDirectory(folder)) {
          defects.add(
              new Defect(
                  rel,
                  "",
                  "is not a verdict folder (accepted, wrong_answer, runtime_error, compile_error, time_limit, memory_limit, output_limit, banned_call)"));
          continue;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
          files = listed.sorted().toList();
        }
        for (Path file : files) {
          Language language = Language.fromFile(file).orElse(null);
          String fileRel = rel + "/" + file.getFileName();
          if (language == null) {
            defects.add(new Defect(fileRel, "", "has no known extension (.py or .java)"));
          } else if (meta != null && !meta.supports(language)) {
            defects.add(
                new Defect(
                    fileRel,
                    "",
                    "is in " + language + ", which problem.yaml does not list in languages"));
          } else {
            found.add(new KnownSubmission(file, language, verdict));
          }
        }
      }
    } catch (IOException e) {
      defects.add(
          new Defect(PackageLayout.SUBMISSIONS + "/", "", "cannot be listed: " + e.getMessage()));
    }
    if (found.stream().noneMatch(s -> s.expected() == Verdict.ACCEPTED)) {
      defects.add(
          new Defect(
              PackageLayout.SUBMISSIONS + "/accepted",
              "",
              "holds no solution: keep at least one accepted solution"));
    }
    return found;
  }

  private static void checkStarters(Path root, ProblemMetadata meta, List<Defect> defects) {
    for (Language l : meta.languages()) {
      int n =
          PackageLayout.filesWithExtension(root.resolve(PackageLayout.STARTER), l.extension())
              .size();
      if (n != 1) {
        defects.add(
            new Defect(
                PackageLayout.STARTER + "/",
                "",
                (n == 0 ? "has no " : "has " + n + " ")
                    + l
                    + " starter files; it needs exactly one "
                    + l.extension()
                    + " file"));
      }
    }
  }

  private static void checkClasses(ProblemMetadata meta, List<Defect> defects) {
    if (meta.checker() != null) {
      checkClass(meta.checker(), Checker.class, "checker", defects);
    }
    if (meta.cases() instanceof CaseSource.JavaGenerator g) {
      checkClass(g.className(), CaseGenerator.class, "cases.generator", defects);
    }
    if (meta.cases() instanceof CaseSource.BuiltIn && ProblemCodes.find(meta.slug()).isEmpty()) {
      defects.add(
          new Defect(
              PackageLayout.METADATA,
              "cases.generator",
              "the product has no built-in generator for the slug '" + meta.slug() + "'"));
    }
  }

  private static void checkClass(
      String name, Class<?> expected, String field, List<Defect> defects) {
    try {
      Class<?> c = Class.forName(name, false, PackageReader.class.getClassLoader());
      if (!expected.isAssignableFrom(c)) {
        defects.add(
            new Defect(
                PackageLayout.METADATA, field, name + " does not implement " + expected.getName()));
      } else if (c.getConstructor().getParameterCount() != 0) {
        throw new NoSuchMethodException();
      }
    } catch (ClassNotFoundException | LinkageError e) {
      defects.add(
          new Defect(PackageLayout.METADATA, field, "class " + name + " is not on the class path"));
    } catch (NoSuchMethodException e) {
      defects.add(
          new Defect(
              PackageLayout.METADATA, field, name + " has no public no-argument constructor"));
    }
  }

  private static void checkCaseSource(Path root, ProblemMetadata meta, List<Defect> defects) {
    switch (meta.cases()) {
      case CaseSource.PythonGenerator g -> {
        if (!Files.isRegularFile(root.resolve(g.script()))) {
          defects.add(
              new Defect(
                  PackageLayout.METADATA,
                  "cases.generator",
                  "script " + g.script() + " is not in the package"));
        }
      }
      case CaseSource.Folder f -> {
        if (!Files.isDirectory(root.resolve(f.directory()))) {
          defects.add(
              new Defect(
                  PackageLayout.METADATA,
                  "cases.folder",
                  "folder " + f.directory() + "/ is not in the package"));
        }
      }
      case CaseSource.JavaGenerator g -> {}
      case CaseSource.BuiltIn b -> {}
    }
  }

  /**
   * A section 2 problem asks for the derivation with the code, so it needs the key points to score
   * one and the model derivation to show; any other problem may ask for one too, but then with
   * both.
   */
  private static void checkDerivation(Path root, ProblemMetadata meta, List<Defect> defects) {
    boolean hasModel = Files.exists(root.resolve(PackageLayout.DERIVATION));
    int points = meta.derivationPoints().size();
    if (meta.section() == Section.MATHEMATICAL_REASONING && points == 0 && !hasModel) {
      defects.add(
          new Defect(
              PackageLayout.METADATA,
              "derivation_points",
              "is missing: a section 2 problem asks for a derivation, so list its key points and"
                  + " write the model derivation in "
                  + PackageLayout.DERIVATION));
      return;
    }
    if (points > 0 && points < PackageLayout.MIN_DERIVATION_POINTS) {
      defects.add(
          new Defect(
              PackageLayout.METADATA,
              "derivation_points",
              "lists "
                  + points
                  + " key point(s); a rubric needs at least "
                  + PackageLayout.MIN_DERIVATION_POINTS));
    }
    if (points > 0) {
      requireText(root, PackageLayout.DERIVATION, defects);
    } else if (hasModel) {
      defects.add(
          new Defect(
              PackageLayout.METADATA,
              "derivation_points",
              "is missing: "
                  + PackageLayout.DERIVATION
                  + " is there, so list the key points a derivation is scored on"));
    }
  }

  private static void checkStatementNamesEntryPoints(
      Path root, ProblemMetadata meta, List<Defect> defects) {
    Path statement = root.resolve(PackageLayout.STATEMENT);
    if (!Files.isRegularFile(statement)) {
      return;
    }
    try {
      String text = Files.readString(statement, StandardCharsets.UTF_8);
      for (EntryPoint e : meta.entryPoints()) {
        if (!text.contains(e.name())) {
          defects.add(
              new Defect(
                  PackageLayout.STATEMENT,
                  "",
                  "never names the entry point "
                      + e.name()
                      + ", so the statement and problem.yaml disagree"));
        }
      }
    } catch (IOException e) {
      // reported by readText
    }
  }
}
