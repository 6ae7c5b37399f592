package dev.allclose.plan.talk;

/** The slides one part of a section gets (for example three for the ablations). */
public record PartBudget(String id, String title, int slides) {}
