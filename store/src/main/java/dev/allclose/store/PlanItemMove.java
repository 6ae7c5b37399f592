package dev.allclose.store;

import java.time.LocalDate;

/** Moves a plan item to another day, after the items already there. */
public record PlanItemMove(String itemId, LocalDate day) {}
