package dev.allclose.problems.recommendation;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import java.util.List;

/** The cases a built-in generator makes for its package's seed, and typed access to inputs. */
final class GeneratedCases {
  private GeneratedCases() {}

  static List<TestCase> of(String slug, CaseGenerator generator) {
    return BuiltInPackages.cases(slug, generator);
  }

  static TestCase named(List<TestCase> cases, String name) {
    return BuiltInPackages.named(cases, name);
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
