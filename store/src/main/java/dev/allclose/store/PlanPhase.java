package dev.allclose.store;

import java.time.LocalDate;

/** A phase of a study plan and the days it covers, from {@code first} to {@code last}. */
public record PlanPhase(String title, LocalDate first, LocalDate last) {
  public boolean covers(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
