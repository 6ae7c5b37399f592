package dev.allclose.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What spaced repetition has scheduled: today's items (or every item), the interview deadline the
 * schedule aims at, and the next item when nothing is due today.
 *
 * @param next the first item due after today, when {@code items} is empty
 */
public record ReviewSchedule(
    @Nullable LocalDate deadline, LocalDate today, List<Item> items, @Nullable Item next) {

  /**
   * One scheduled item.
   *
   * @param item the card's id ({@code question:ID} or {@code problem:SLUG})
   * @param kind {@code question} or {@code problem}
   * @param id the question's id or the problem's slug
   * @param title the question's title, or "#number title" for a catalog problem
   * @param pulled moved forward to land before the interview
   */
  public record Item(
      String item,
      String kind,
      String id,
      String title,
      Instant due,
      boolean pulled,
      Instant lastReview,
      int reviews) {}

  public Optional<LocalDate> interview() {
    return Optional.ofNullable(deadline);
  }
}
