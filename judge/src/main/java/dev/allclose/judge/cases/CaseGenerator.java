package dev.allclose.judge.cases;

import java.util.List;

/**
 * Makes a problem's cases from a seed: inputs, and expected results from the reference
 * implementation. Implementations must be deterministic for a given seed and have a public
 * no-argument constructor; the package names them in {@code problem.yaml} as {@code cases:
 * generator: java:<class>}.
 */
public interface CaseGenerator {
  List<TestCase> generate(GenerationContext context);
}
