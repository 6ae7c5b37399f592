package dev.allclose.judge.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.judge.testkit.PackageFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken package is refused whole, with every defect named by file and field. */
class PackageReaderTest {
  @TempDir Path tmp;

  /** A writable copy of a fixture package, in a folder named after its slug. */
  private Path copy(String fixture) {
    return PackageFolders.copy(
        PackageFolders.resource(PackageReaderTest.class, "/packages/" + fixture),
        tmp.resolve(fixture));
  }

  private static void replaceIn(Path file, String from, String to) {
    PackageFolders.replaceIn(file, from, to);
  }

  private static List<String> defects(Path root) {
    try {
      PackageReader.read(root, ProblemPackage.Origin.USER);
    } catch (InvalidPackageException e) {
      return e.defects().stream().map(Defect::toString).toList();
    }
    throw new AssertionError("the package was accepted");
  }

  @Test
  void aSoundPackageLoads() throws Exception {
    ProblemPackage p = PackageReader.read(copy("scale"), ProblemPackage.Origin.USER);
    assertThat(p.metadata().number()).isEqualTo(900);
    assertThat(p.hints()).hasSize(2);
    assertThat(p.submissions()).hasSize(3);
    assertThat(p.starter(Language.JAVA)).isPresent();
    EntryPoint.Function f = (EntryPoint.Function) p.metadata().entryPoints().get(0);
    assertThat(f.javaName()).isEqualTo("scale");
    assertThat(f.args().get(1).defaultValue()).isEqualTo(2.0);
  }

  @Test
  void reportsEveryMetadataDefectAtOnce() throws Exception {
    Path root = copy("scale");
    Path yaml = root.resolve("problem.yaml");
    replaceIn(yaml, "difficulty: easy", "difficulty: trivial");
    replaceIn(yaml, "minutes: 5", "minutes: lots");
    replaceIn(yaml, "      - x: float64[N]", "      - x: float65[N]");
    replaceIn(yaml, "limits: {time_ms: 1000,", "limits: {time_ms: 1,");
    Files.writeString(yaml, Files.readString(yaml) + "tolerence: {rtol: 1}\n");

    assertThat(defects(root))
        .containsExactlyInAnyOrder(
            "problem.yaml: difficulty: 'trivial' is not easy, medium or hard",
            "problem.yaml: minutes: must be a whole number, not 'lots'",
            "problem.yaml: entry_points[0].args[0].type: unknown type 'float65[N]' (expected int, float, bool, str,"
                + " a dtype with dimensions such as float64[B,T,D], list[int], tuple[int,int], list[list[str]], list[tuple[int,int]] or"
                + " list[tuple[list[int],float]])",
            "problem.yaml: limits.time_ms: must be between 10 and 600000, not 1",
            "problem.yaml: tolerence: is not a field of this format (known: banned, cases, checker, companies, concepts,"
                + " derivation_points, difficulty, entry_points, languages, limits, minutes, number, reference, section, slug, title, tolerance, why)");
  }

  @Test
  void tokenListsAreArgumentsOnly() throws Exception {
    Path root = copy("scale");
    replaceIn(root.resolve("problem.yaml"), "      - y: float64[N]", "      - y: list[list[str]]");
    assertThat(defects(root))
        .containsExactly(
            "problem.yaml: entry_points[0].returns[0].type: list[list[str]] is for arguments only");
  }

  @Test
  void aProblemThatAsksForADerivationCarriesItsKeyPointsAndTheModelOne() throws Exception {
    Path root = copy("scale");
    Path yaml = root.resolve("problem.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            + "derivation_points:\n  - Scaling is linear.\n  - The factor multiplies each"
            + " element.\n  - The shape is kept.\n");
    assertThat(defects(root)).containsExactly("derivation.md: is missing");

    Files.writeString(root.resolve("derivation.md"), "Each $y_i = s x_i$.\n");
    ProblemPackage p = PackageReader.read(root, ProblemPackage.Origin.USER);
    assertThat(p.metadata().asksForDerivation()).isTrue();
    assertThat(p.derivation()).contains("Each $y_i = s x_i$.\n");
  }

  @Test
  void aSectionTwoProblemMustAskForADerivationAndARubricNeedsThreePoints() throws Exception {
    Path root = copy("scale");
    Path yaml = root.resolve("problem.yaml");
    replaceIn(yaml, "section: 3", "section: 2");
    assertThat(defects(root))
        .containsExactly(
            "problem.yaml: derivation_points: is missing: a section 2 problem asks for a"
                + " derivation, so list its key points and write the model derivation in"
                + " derivation.md");

    Files.writeString(root.resolve("derivation.md"), "Each $y_i = s x_i$.\n");
    Files.writeString(yaml, Files.readString(yaml) + "derivation_points: [Scaling is linear.]\n");
    assertThat(defects(root))
        .containsExactly(
            "problem.yaml: derivation_points: lists 1 key point(s); a rubric needs at least 3");
  }

  @Test
  void aModelDerivationWithoutKeyPointsIsADefect() throws Exception {
    Path root = copy("scale");
    Files.writeString(root.resolve("derivation.md"), "Each $y_i = s x_i$.\n");
    assertThat(defects(root))
        .containsExactly(
            "problem.yaml: derivation_points: is missing: derivation.md is there, so list the key"
                + " points a derivation is scored on");
  }

  @Test
  void reportsMissingFilesAndFoldersByName() throws Exception {
    Path root = copy("scale");
    Files.delete(root.resolve("statement.md"));
    Files.delete(root.resolve("hints/2.md"));
    Files.delete(root.resolve("starter/Solution.java"));
    Files.createDirectories(root.resolve("submissions/wrong"));
    Files.writeString(root.resolve("submissions/accepted/notes.txt"), "not a solution");

    assertThat(defects(root))
        .containsExactlyInAnyOrder(
            "statement.md: is missing",
            "hints/2.md: is missing (a package has 2 to 3 hint levels)",
            "starter/: has no java starter files; it needs exactly one .java file",
            "submissions/wrong: is not a verdict folder (accepted, wrong_answer, runtime_error, compile_error, time_limit,"
                + " memory_limit, output_limit, banned_call)",
            "submissions/accepted/notes.txt: has no known extension (.py or .java)");
  }

  @Test
  void reportsYamlThatDoesNotParseWithItsLine() throws Exception {
    Path root = copy("scale");
    Files.writeString(root.resolve("problem.yaml"), "number: 900\nslug: [unclosed\ntitle: x\n");
    assertThat(defects(root))
        .singleElement()
        .asString()
        .startsWith("problem.yaml: line 3: is not valid YAML");
  }

  @Test
  void checksSlugAgainstFolderAndStatementAgainstEntryPoints() throws Exception {
    Path root = copy("scale");
    replaceIn(root.resolve("problem.yaml"), "slug: scale", "slug: scale-vector");
    replaceIn(root.resolve("statement.md"), "def scale(x, alpha=2.0)", "def f(x)");
    assertThat(defects(root))
        .containsExactlyInAnyOrder(
            "problem.yaml: slug: 'scale-vector' differs from the folder name 'scale'",
            "statement.md: never names the entry point scale, so the statement and problem.yaml disagree");
  }

  @Test
  void checksThatNamedClassesExistAndFitTheirRole() throws Exception {
    Path root = copy("scale");
    Path yaml = root.resolve("problem.yaml");
    replaceIn(
        yaml,
        "cases:\n  folder: cases",
        "checker: java:com.example.Nope\ncases:\n  generator: java:java.lang.String\n  seed: 1");
    assertThat(defects(root))
        .containsExactlyInAnyOrder(
            "problem.yaml: checker: class com.example.Nope is not on the class path",
            "problem.yaml: cases.generator: java.lang.String does not implement dev.allclose.judge.cases.CaseGenerator");
  }

  /** No library of built-in problems is on the judge's own class path, so none is found. */
  @Test
  void aBuiltInGeneratorMustBeFoundFromTheSlug() throws Exception {
    Path root = copy("scale");
    replaceIn(
        root.resolve("problem.yaml"),
        "cases:\n  folder: cases",
        "cases:\n  generator: built-in\n  seed: 1");
    assertThat(defects(root))
        .containsExactly(
            "problem.yaml: cases.generator: the product has no built-in generator for the slug"
                + " 'scale'");
  }

  @Test
  void requiresAnAcceptedSolution() throws Exception {
    Path root = copy("scale");
    try (Stream<Path> accepted = Files.list(root.resolve("submissions/accepted"))) {
      for (Path f : accepted.toList()) {
        Files.delete(f);
      }
    }
    assertThat(defects(root))
        .containsExactly(
            "submissions/accepted: holds no solution: keep at least one accepted solution");
  }

  @Test
  void theCatalogKeepsBrokenPackagesOutAndSaysWhy() throws Exception {
    Path good = copy("scale");
    Path bad = copy("smallest");
    Files.delete(bad.resolve("editorial.md"));
    ProblemCatalog catalog = ProblemCatalog.load(List.of(ProblemSource.folder(tmp)));
    assertThat(catalog.problems()).extracting(ProblemPackage::slug).containsExactly("scale");
    assertThat(catalog.broken())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.root()).isEqualTo(bad);
              assertThat(e.defects())
                  .extracting(Defect::toString)
                  .containsExactly("editorial.md: is missing");
            });
    assertThat(catalog.find("900")).isPresent();
    assertThat(catalog.find("scale")).isPresent();
    assertThat(catalog.find(good.toString())).isEmpty();
  }

  @Test
  void anInvalidPackageExceptionListsEveryDefectInItsMessage() throws Exception {
    Path root = copy("scale");
    Files.delete(root.resolve("editorial.md"));
    Files.delete(root.resolve("hints/1.md"));
    assertThatThrownBy(() -> PackageReader.read(root, ProblemPackage.Origin.USER))
        .hasMessageContaining("editorial.md: is missing")
        .hasMessageContaining("hints/1.md: is missing");
  }
}
