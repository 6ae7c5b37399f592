package dev.allclose.problems.attention;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInProblems;
import java.util.List;

/** The cases a built-in generator makes with its package's own seed, and small readers. */
final class AttentionPackages {
  private static final ProblemCatalog CATALOG = ProblemCatalog.load(List.of(new BuiltInProblems()));

  private AttentionPackages() {}

  static List<TestCase> cases(String slug, CaseGenerator generator) {
    ProblemMetadata meta = CATALOG.find(slug).orElseThrow().metadata();
    long seed = ((CaseSource.BuiltIn) meta.cases()).seed();
    return generator.generate(new GenerationContext(meta, seed));
  }

  static TestCase named(List<TestCase> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  static double[][][] cube(TestCase c, String input) {
    return NestedArrays.toCube(c.inputs().get(input));
  }
}
