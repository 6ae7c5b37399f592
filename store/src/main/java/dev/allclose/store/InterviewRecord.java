package dev.allclose.store;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A named interview: one conversation, with an interviewer of a given role on a team of a given
 * type (ids from the questions content), on a day if known.
 */
public record InterviewRecord(
    String name,
    @Nullable String role,
    @Nullable String team,
    @Nullable LocalDate day,
    Instant createdAt) {}
