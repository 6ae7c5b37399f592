package dev.allclose.interview.bank;

/**
 * Pilot numbers given with a design prompt, from which the number of seeds follows by a power
 * analysis.
 *
 * @param effect the smallest difference worth detecting, in {@code unit}
 * @param sd the standard deviation between seeds (paired: of the per-seed difference)
 */
public record Pilot(
    double effect,
    double sd,
    double alpha,
    double power,
    boolean paired,
    String alternative,
    String unit) {}
