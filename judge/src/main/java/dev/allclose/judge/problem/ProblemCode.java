package dev.allclose.judge.problem;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.check.Checker;
import org.jspecify.annotations.Nullable;

/**
 * The Java side of a problem that ships with the product, found from its slug ({@link
 * ProblemCodes}): the generator of its cases, its own checker if it has one, and the reference
 * implementation the generator takes expected results from.
 *
 * @param checker null when the default comparison of every expected result decides
 * @param reference the class of the reference implementation (its documentation cites the sources)
 */
public record ProblemCode(CaseGenerator generator, @Nullable Checker checker, Class<?> reference) {}
