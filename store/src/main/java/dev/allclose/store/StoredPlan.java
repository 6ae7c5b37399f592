package dev.allclose.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A study plan as stored: it runs from {@code start} to the day before {@code interview}.
 *
 * @param focus {@code engineer} or {@code scientist}, the structure the plan follows
 */
public record StoredPlan(
    String id,
    Instant createdAt,
    LocalDate start,
    LocalDate interview,
    int dailyMinutes,
    String focus) {}
