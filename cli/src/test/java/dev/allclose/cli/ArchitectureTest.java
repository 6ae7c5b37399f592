package dev.allclose.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies between the modules (STYLE.md): numeric <- reference <- problems;
 * numeric <- harness <- judge <- problems; fields <- judge, interview; store stands alone; numeric,
 * store <- interview; judge (its problem metadata) and store <- plan; judge, problems, store,
 * interview, plan <- app <- server; cli on top. The front ends (cli, server) reach the store and
 * the judge only through app.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.allclose");
  }

  @Test
  void numericUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.numeric..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.allclose.numeric..", "java..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void fieldsUseJacksonAndTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.fields..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.allclose.fields..", "java..", "com.fasterxml.jackson..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void referencesUseOnlyNumericAndEjml() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.reference..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.allclose.reference..",
            "dev.allclose.numeric..",
            "org.ejml..",
            "java..",
            "org.jspecify..")
        .check(classes);
  }

  @Test
  void theHarnessClassPathHoldsNoAlgorithmsOrProductCode() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.harness..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.reference..",
            "dev.allclose.judge..",
            "dev.allclose.problems..",
            "dev.allclose.store..",
            "dev.allclose.cli..")
        .check(classes);
  }

  @Test
  void theJudgeKnowsNothingOfAlgorithmsStorageOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.judge..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.reference..",
            "dev.allclose.problems..",
            "dev.allclose.store..",
            "dev.allclose.app..",
            "dev.allclose.server..",
            "dev.allclose.cli..",
            "picocli..",
            "io.javalin..",
            "org.jdbi..",
            "java.sql..",
            "java.net.http..")
        .check(classes);
  }

  @Test
  void runningProgramsIsApartFromDecidingVerdicts() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.judge.run..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.judge.check..",
            "dev.allclose.judge.compare..",
            "dev.allclose.judge.cases..")
        .check(classes);
  }

  @Test
  void theStoreStandsAlone() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.judge..",
            "dev.allclose.problems..",
            "dev.allclose.cli..",
            "dev.allclose.harness..",
            "dev.allclose.plan..",
            "dev.allclose.interview..",
            "dev.allclose.app..",
            "dev.allclose.server..")
        .check(classes);
  }

  @Test
  void thePlanUsesTheCatalogsMetadataAndTheStoreButNotTheJudgesMachinery() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.cli..",
            "dev.allclose.problems..",
            "dev.allclose.reference..",
            "dev.allclose.harness..",
            "dev.allclose.numeric..",
            "dev.allclose.judge.run..",
            "dev.allclose.judge.compare..",
            "dev.allclose.judge.check..",
            "dev.allclose.judge.cases..",
            "dev.allclose.interview..",
            "dev.allclose.app..",
            "dev.allclose.server..",
            "org.jdbi..",
            "java.sql..")
        .check(classes);
  }

  @Test
  void theInterviewRoundsKnowNothingOfTheJudgeOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.interview..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.judge..",
            "dev.allclose.problems..",
            "dev.allclose.reference..",
            "dev.allclose.harness..",
            "dev.allclose.plan..",
            "dev.allclose.cli..")
        .check(classes);
  }

  @Test
  void onlyTheReviewPackageRunsJavaScript() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.allclose.interview.review..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.graalvm..")
        .check(classes);
  }

  @Test
  void onlyTheCoveragePackageRunsTheSentenceEmbeddingModel() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.allclose.interview.coverage..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
        .check(classes);
  }

  @Test
  void theApplicationServicesKnowNothingOfTheirFrontEnds() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.allclose.cli..", "dev.allclose.server..", "io.javalin..", "picocli..")
        .check(classes);
  }

  /**
   * The front ends are adapters: they parse, ask the application layer, and render what it returns.
   * They never call the store or the judge's machinery themselves; the rows the store returns and
   * the judge's reports and problem model may pass through them as data.
   */
  @Test
  void theFrontEndsReachTheStoreAndTheJudgeOnlyThroughTheApplicationLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.allclose.cli..", "dev.allclose.server..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.allclose.store..")
                .and(not(assignableTo(Record.class)))
                .or(
                    resideInAnyPackage(
                        "dev.allclose.judge.run..",
                        "dev.allclose.judge.cases..",
                        "dev.allclose.judge.check..",
                        "dev.allclose.judge.compare.."))
                .or(
                    resideInAPackage("dev.allclose.judge")
                        .and(not(type(dev.allclose.judge.Mode.class)))))
        .check(classes);
  }

  @Test
  void theServerDoesNotReachIntoTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.allclose.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.allclose.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheServerUsesJavalin() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.allclose.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.javalin..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.allclose.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }
}
