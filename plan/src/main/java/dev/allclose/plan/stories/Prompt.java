package dev.allclose.plan.stories;

/** A behavioural prompt to prepare a story for (for example {@code conflict}). */
public record Prompt(String id, String title, String ask) {}
