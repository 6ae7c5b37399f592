package dev.allclose.plan.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a candidate asks of a plan: it runs from {@code start} up to the day before {@code
 * interview}, with about {@code dailyMinutes} of work a day.
 */
public record PlanRequest(LocalDate start, LocalDate interview, int dailyMinutes, Focus focus) {
  public static final int MIN_DAILY_MINUTES = 15;
  public static final int MAX_DAILY_MINUTES = 720;

  /** A year of preparation; beyond that a day-by-day plan is not a useful tool. */
  public static final int MAX_DAYS = 366;

  /**
   * @throws IllegalArgumentException with a message for the user when the dates or minutes make no
   *     plan
   */
  public PlanRequest {
    if (!interview.isAfter(start)) {
      throw new IllegalArgumentException(
          "the interview (" + interview + ") must come after the start (" + start + ")");
    }
    if (ChronoUnit.DAYS.between(start, interview) > MAX_DAYS) {
      throw new IllegalArgumentException(
          "the plan would last more than " + MAX_DAYS + " days; start closer to the interview");
    }
    if (dailyMinutes < MIN_DAILY_MINUTES || dailyMinutes > MAX_DAILY_MINUTES) {
      throw new IllegalArgumentException(
          "--daily-minutes must be between "
              + MIN_DAILY_MINUTES
              + " and "
              + MAX_DAILY_MINUTES
              + ", not "
              + dailyMinutes);
    }
  }

  /** The days of work: from the start to the day before the interview. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(start, interview);
  }

  public LocalDate lastDay() {
    return interview.minusDays(1);
  }
}
