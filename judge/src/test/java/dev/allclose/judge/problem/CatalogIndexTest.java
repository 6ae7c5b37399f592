package dev.allclose.judge.problem;

import static dev.allclose.judge.testkit.SamePackages.assertSamePackages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.judge.testkit.PackageFolders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time index of a catalog gives the packages that parsing gives, refuses a catalog with a
 * broken package, and is refused itself when it is of another format or damaged.
 */
class CatalogIndexTest {
  private static final String NAME = "test-index.json";

  @TempDir Path tmp;

  /** A catalog folder holding copies of the named fixture packages. */
  private Path catalog(String... fixtures) {
    Path catalog = tmp.resolve("catalog");
    for (String fixture : fixtures) {
      PackageFolders.copy(
          PackageFolders.resource(CatalogIndexTest.class, "/packages/" + fixture),
          catalog.resolve(fixture));
    }
    return catalog;
  }

  private Path index(Path catalog) throws Exception {
    Path index = tmp.resolve("out/index.json");
    CatalogIndex.write(catalog, index);
    return index;
  }

  private static List<ProblemPackage> read(Path index, Path catalog) throws IOException {
    try (InputStream in = Files.newInputStream(index)) {
      return CatalogIndex.read(NAME, in, catalog::resolve, ProblemPackage.Origin.BUILT_IN);
    }
  }

  private static List<ProblemPackage> parse(Path catalog, String... folders) throws Exception {
    List<ProblemPackage> parsed = new ArrayList<>();
    for (String folder : folders) {
      parsed.add(PackageReader.read(catalog.resolve(folder), ProblemPackage.Origin.BUILT_IN));
    }
    return parsed;
  }

  @Test
  void theIndexGivesThePackagesParsingGives() throws Exception {
    Path catalog = catalog("scale", "smallest", "prefixes", "buckets");
    Path index = index(catalog);

    assertSamePackages(
        read(index, catalog), parse(catalog, "scale", "smallest", "prefixes", "buckets"));
    try (Stream<Path> written = Files.list(index.getParent())) {
      assertThat(written).containsExactly(index);
    }
  }

  @Test
  void readingTheIndexReadsNoPackageFile() throws Exception {
    Path catalog = catalog("scale", "buckets");
    Path index = index(catalog);
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

    List<ProblemPackage> packages = read(index, elsewhere);

    assertThat(packages).extracting(ProblemPackage::slug).containsExactly("scale", "buckets");
    assertThat(packages.get(0).root()).isEqualTo(elsewhere.resolve("scale"));
    assertThat(packages.get(0).hints()).isEqualTo(parse(catalog, "scale").get(0).hints());
  }

  @Test
  void aBrokenPackageFailsTheIndexWithEveryDefect() throws Exception {
    Path catalog = catalog("scale", "smallest");
    PackageFolders.replaceIn(
        catalog.resolve("scale/problem.yaml"), "difficulty: easy", "difficulty: trivial");
    Files.delete(catalog.resolve("smallest/hints/2.md"));
    Path index = tmp.resolve("out/index.json");

    assertThatThrownBy(() -> CatalogIndex.write(catalog, index))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("2 broken package(s)")
        .hasMessageContaining("problem.yaml: difficulty: 'trivial' is not easy, medium or hard")
        .hasMessageContaining("hints/2.md: is missing");
    assertThat(index).doesNotExist();
  }

  @Test
  void twoPackagesWithOneNumberFailTheIndex() {
    Path catalog = catalog("checked-sqrt", "few-largest");

    assertThatThrownBy(() -> index(catalog))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("904 few-largest clashes with 904 checked-sqrt");
  }

  @Test
  void anIndexOfAnotherFormatIsRefused() {
    InputStream in =
        new ByteArrayInputStream("{\"format\":2,\"packages\":[]}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(
            () -> CatalogIndex.read(NAME, in, tmp::resolve, ProblemPackage.Origin.BUILT_IN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(NAME)
        .hasMessageContaining("format 2")
        .hasMessageContaining("rebuild");
  }

  @Test
  void aDamagedIndexIsRefusedByName() throws Exception {
    Path catalog = catalog("scale");
    Path index = index(catalog);
    Files.writeString(
        index, Files.readString(index).replace("\"difficulty\":\"easy\"", "\"difficulty\":7"));

    assertThatThrownBy(() -> read(index, catalog))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(NAME)
        .hasMessageContaining("difficulty");
  }

  @Test
  void anIndexedPackageClashesWithAUserPackageOfItsNumber() throws Exception {
    Path catalog = catalog("scale");
    Path index = index(catalog);
    List<ProblemPackage> indexed = read(index, catalog);
    Path user = tmp.resolve("user");
    PackageFolders.copyAs(indexed.get(0), user, "scale-again", 900, "");

    ProblemCatalog loaded =
        ProblemCatalog.load(List.of(new IndexedSource(indexed), ProblemSource.folder(user)));

    assertThat(loaded.problems()).extracting(ProblemPackage::slug).containsExactly("scale");
    assertThat(loaded.broken()).hasSize(1);
    assertThat(loaded.broken().get(0).getMessage())
        .contains("900 scale-again clashes with 900 scale from " + catalog.resolve("scale"));
  }

  /** A source that has only indexed packages: listing its roots would be a mistake. */
  private record IndexedSource(List<ProblemPackage> packages) implements ProblemSource {
    @Override
    public Optional<List<ProblemPackage>> indexedPackages() {
      return Optional.of(packages);
    }

    @Override
    public List<Path> packageRoots() {
      throw new AssertionError("an indexed source is not listed");
    }

    @Override
    public ProblemPackage.Origin origin() {
      return ProblemPackage.Origin.BUILT_IN;
    }

    @Override
    public String describe() {
      return "an indexed catalog";
    }
  }
}
