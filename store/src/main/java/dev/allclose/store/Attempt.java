package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A clock started on a problem by {@code allclose start}. */
public record Attempt(
    String id, String problem, String language, @Nullable String file, Instant startedAt) {}
