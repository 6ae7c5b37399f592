package dev.allclose.store;

/** How long one section of a rehearsal took against its timebox. */
public record RehearsalSection(String section, long budgetMs, long actualMs) {}
