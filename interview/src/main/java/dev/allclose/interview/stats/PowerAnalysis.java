package dev.allclose.interview.stats;

/**
 * The result of a power analysis for a t-test.
 *
 * @param runsPerArm the smallest number of runs (seeds) per arm that reaches the target power; for
 *     a paired design, the number of pairs
 * @param achievedPower the power with that many runs
 * @param degreesOfFreedom of the t-test with that many runs
 * @param criticalT the t value the test statistic must pass
 * @param noncentrality of the t statistic under the assumed effect
 * @param standardizedEffect effect / sd (Cohen's d; for a paired design, d of the differences)
 */
public record PowerAnalysis(
    PowerQuestion question,
    int runsPerArm,
    double achievedPower,
    double degreesOfFreedom,
    double criticalT,
    double noncentrality,
    double standardizedEffect) {}
