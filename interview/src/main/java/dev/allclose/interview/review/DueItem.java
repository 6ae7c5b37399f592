package dev.allclose.interview.review;

import dev.allclose.store.ReviewCard;
import java.time.Instant;

/**
 * A card to review, with the date the study deadline makes of its due date.
 *
 * @param due when to review it: the scheduler's due date, or the day before the deadline when the
 *     scheduler's date falls after that
 * @param pulled whether the deadline moved it earlier
 */
public record DueItem(ReviewCard card, Instant due, boolean pulled) {
  /** The kind part of the item ({@code question} or {@code problem}). */
  public String kind() {
    return card.item().substring(0, card.item().indexOf(':'));
  }

  /** The id part of the item (question id or problem slug). */
  public String id() {
    return card.item().substring(card.item().indexOf(':') + 1);
  }
}
