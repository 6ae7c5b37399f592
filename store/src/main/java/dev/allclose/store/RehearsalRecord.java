package dev.allclose.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A timed run through a talk.
 *
 * @param talkId the outline rehearsed, or null when only a length was given
 */
public record RehearsalRecord(
    String id,
    @Nullable String talkId,
    int minutes,
    Instant startedAt,
    List<RehearsalSection> sections) {
  public RehearsalRecord {
    sections = List.copyOf(sections);
  }
}
