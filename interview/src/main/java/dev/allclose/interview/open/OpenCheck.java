package dev.allclose.interview.open;

/**
 * One automatic check of an open-problems answer against the recommended structure.
 *
 * @param part the structure part it checks
 * @param passed whether the answer passes it
 * @param detail what was found, or what is missing
 */
public record OpenCheck(String part, String check, boolean passed, String detail) {}
