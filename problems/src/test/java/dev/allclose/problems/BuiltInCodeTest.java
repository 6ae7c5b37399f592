package dev.allclose.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemCodes;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One problem in one place: every built-in package finds its generator (and checker) from its slug
 * in {@link BuiltInCode}, every entry there has its package, and every folder of golden cases the
 * reference tests read ({@code reference/src/test/resources/oracles/<slug>/}, copied from the
 * workspace's {@code shared/oracles}) belongs to a problem of the table.
 */
class BuiltInCodeTest {
  /** Where the reference module's tests find the golden cases (see its GoldenCases). */
  private static final Path ORACLES =
      Path.of("..", "reference", "src", "test", "resources", "oracles");

  private static final List<ProblemPackage> PACKAGES =
      ProblemCatalog.load(List.of(new BuiltInProblems())).problems();

  @Test
  void everyPackageTakesItsCodeFromTheTableUnderItsSlug() {
    List<String> notBuiltIn =
        PACKAGES.stream()
            .filter(p -> !(p.metadata().cases() instanceof CaseSource.BuiltIn))
            .map(ProblemPackage::slug)
            .toList();
    assertThat(notBuiltIn).as("packages whose generator is not 'built-in'").isEmpty();
    assertThat(PACKAGES.stream().map(ProblemPackage::slug).collect(Collectors.toSet()))
        .as("package slugs against the table's")
        .isEqualTo(new BuiltInCode().bySlug().keySet());
  }

  @Test
  void theJudgeFindsTheTableOnTheClassPath() {
    assertThat(ProblemCodes.installed()).isEqualTo(new BuiltInCode().bySlug());
    assertThat(ProblemCodes.find("bloom-filter").orElseThrow().checker()).isNotNull();
    assertThat(ProblemCodes.find("multi-head-attention").orElseThrow().checker()).isNull();
  }

  @Test
  void everyGoldenCaseFolderBelongsToAProblem() throws IOException {
    assertThat(ORACLES).as("the reference module's golden cases").isDirectory();
    Set<String> folders;
    try (Stream<Path> children = Files.list(ORACLES)) {
      folders =
          children
              .filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(folders).isNotEmpty();
    assertThat(folders)
        .as("oracle folders that no problem claims")
        .isSubsetOf(new BuiltInCode().bySlug().keySet());
  }
}
