package dev.allclose.problems;

import static dev.allclose.judge.testkit.SamePackages.assertSamePackages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.CatalogIndex;
import dev.allclose.judge.problem.PackageReader;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.ProblemSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index the build ships of the built-in catalog gives exactly the packages that parsing the
 * catalog's folders gives, so it cannot drift from them, and loading it reads no package file.
 */
class BuiltInIndexTest {
  /** The module's own catalog folder (tests run in the module's folder). */
  private static final Path SOURCES = Path.of("catalog");

  @TempDir Path tmp;

  private static List<ProblemPackage> shippedIndex(Function<String, Path> rootOfFolder)
      throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            BuiltInProblems.class.getResourceAsStream(BuiltInProblems.INDEX),
            "no catalog index on the class path: the build's process-classes step writes it")) {
      return CatalogIndex.read(
          BuiltInProblems.INDEX, in, rootOfFolder, ProblemPackage.Origin.BUILT_IN);
    }
  }

  /** Every package of {@code roots} read and validated now, ordered by number as a catalog is. */
  private static List<ProblemPackage> parse(List<Path> roots) throws Exception {
    List<ProblemPackage> parsed = new ArrayList<>();
    for (Path root : roots) {
      parsed.add(PackageReader.read(root, ProblemPackage.Origin.BUILT_IN));
    }
    parsed.sort(Comparator.comparingInt(p -> p.metadata().number()));
    return parsed;
  }

  /** The package folders of the catalog's sources, as a user folder of packages is listed. */
  private static List<Path> sourceFolders() throws IOException {
    return ProblemSource.folder(SOURCES).packageRoots();
  }

  @Test
  void theShippedIndexGivesThePackagesOfTheCatalogSources() throws Exception {
    assertSamePackages(shippedIndex(SOURCES::resolve), parse(sourceFolders()));
  }

  @Test
  void theBuiltInSourceGivesFromItsIndexWhatParsingItsFoldersGives() throws Exception {
    BuiltInProblems builtIn = new BuiltInProblems();

    List<ProblemPackage> indexed = builtIn.indexedPackages().orElseThrow();

    assertSamePackages(indexed, parse(builtIn.packageRoots()));
    assertThat(ProblemCatalog.load(List.of(builtIn)).broken()).isEmpty();
  }

  @Test
  void loadingTheIndexReadsNoProblemYaml() throws Exception {
    List<ProblemPackage> packages = shippedIndex(tmp::resolve);

    assertThat(packages).hasSameSizeAs(sourceFolders());
    assertThat(tmp).isEmptyDirectory();
    assertThat(packages)
        .allSatisfy(p -> assertThat(p.root()).isEqualTo(tmp.resolve(p.slug())).doesNotExist());
  }
}
