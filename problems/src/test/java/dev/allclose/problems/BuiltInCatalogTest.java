package dev.allclose.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.PackageVerifier;
import dev.allclose.judge.problem.InvalidPackageException;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.PackageVerification;
import dev.allclose.judge.report.SubmissionCheck;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's check of the built-in catalog: every package loads without a defect, its cases fit
 * its contract, and every solution in its {@code submissions/<verdict>/} folders gets exactly that
 * verdict from the real judge (real Python and Java processes), kept warm as the server keeps it.
 */
class BuiltInCatalogTest {
  private static ProblemCatalog catalog;
  private static PackageVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    catalog = ProblemCatalog.load(List.of(new BuiltInProblems()));
    TestJudge wired = TestJudge.in(Files.createTempDirectory("allclose-catalog-test"));
    // as the server judges: each Python run in a harness started ahead of time (the judge's own
    // tests and every other test here cover harnesses started for their run)
    wired.judge().keepWarm();
    verifier = new PackageVerifier(wired.judge(), wired.store());
  }

  @Test
  void everyPackageLoadsWithoutDefects() {
    assertThat(catalog.broken()).extracting(InvalidPackageException::getMessage).isEmpty();
    assertThat(catalog.problems()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicNode> everyKnownSubmissionGetsItsFolderVerdict() {
    return catalog.problems().stream().map(BuiltInCatalogTest::verifyPackage);
  }

  private static DynamicNode verifyPackage(ProblemPackage pkg) {
    PackageVerification v = verifier.verify(pkg, check -> {});
    Stream<DynamicTest> cases =
        Stream.of(
            DynamicTest.dynamicTest(
                "cases fit the contract", () -> assertThat(v.caseProblem()).isEmpty()));
    Stream<DynamicTest> submissions =
        v.submissions().stream()
            .map(c -> DynamicTest.dynamicTest(c.submission().name(), () -> assertVerdict(c)));
    return DynamicContainer.dynamicContainer(
        pkg.metadata().number() + " " + pkg.slug(), Stream.concat(cases, submissions));
  }

  private static void assertVerdict(SubmissionCheck c) {
    assertThat(c.actual())
        .as("%s: %s", c.submission().name(), c.message())
        .isEqualTo(c.submission().expected());
  }
}
