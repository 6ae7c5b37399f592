package dev.allclose.store;

import java.time.Instant;

/** An offer kept for comparison: its name and the YAML the user gave. */
public record SavedOffer(String name, String source, Instant addedAt) {}
