package dev.allclose.store;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the story bank: a behavioural story or a project brief.
 *
 * @param kind {@code story} or {@code project}
 * @param number the entry's number among those of its kind, for the command line
 * @param prompt the behavioural prompt a story answers (for example {@code conflict}), or null
 * @param parts the written parts by id (for example {@code situation}), in the order written
 */
public record BankEntry(
    String id,
    String kind,
    int number,
    @Nullable String prompt,
    String title,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> parts) {
  public BankEntry {
    parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
  }
}
