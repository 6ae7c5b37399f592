package dev.allclose.problems.recommendation;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInProblems;
import java.util.List;

/** The cases a built-in generator makes for its package's seed, and typed access to inputs. */
final class GeneratedCases {
  private GeneratedCases() {}

  static List<TestCase> of(String slug, CaseGenerator generator) {
    ProblemMetadata meta =
        ProblemCatalog.load(List.of(new BuiltInProblems())).find(slug).orElseThrow().metadata();
    long seed = ((CaseSource.BuiltIn) meta.cases()).seed();
    return generator.generate(new GenerationContext(meta, seed));
  }

  static TestCase named(List<TestCase> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  static double[][] matrix(TestCase c, String input) {
    return NestedArrays.toMatrix(c.inputs().get(input));
  }

  static long[][] integerMatrix(TestCase c, String input) {
    return (long[][]) NestedArrays.toNested(c.inputs().get(input), long[][].class);
  }

  static long[] integers(TestCase c, String input) {
    return (long[]) NestedArrays.toNested(c.inputs().get(input), long[].class);
  }

  static double scalar(TestCase c, String input) {
    return c.inputs().get(input).getDouble(0);
  }
}
