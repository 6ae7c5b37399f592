package dev.allclose.problems;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import java.util.List;

/**
 * The built-in catalog as the generator and checker tests see it: a package's metadata, the cases
 * its generator makes with the package's own seed, and one case by name.
 */
public final class BuiltInPackages {
  private static final ProblemCatalog CATALOG = ProblemCatalog.load(List.of(new BuiltInProblems()));

  private BuiltInPackages() {}

  public static ProblemMetadata metadata(String slug) {
    return CATALOG.find(slug).orElseThrow().metadata();
  }

  /** What {@code generator} makes for the package {@code slug}, with its seed. */
  public static List<TestCase> cases(String slug, CaseGenerator generator) {
    ProblemMetadata meta = metadata(slug);
    long seed = ((CaseSource.BuiltIn) meta.cases()).seed();
    return generator.generate(new GenerationContext(meta, seed));
  }

  public static TestCase named(List<TestCase> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
