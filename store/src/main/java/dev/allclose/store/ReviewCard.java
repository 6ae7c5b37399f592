package dev.allclose.store;

import java.time.Instant;

/**
 * The scheduler's card for one reviewed item.
 *
 * @param item {@code question:<id>} or {@code problem:<slug>}
 * @param card the scheduler's state of the card, as JSON (opaque to the store)
 * @param dueAt when the scheduler wants the next review
 * @param reviews how many reviews moved it
 */
public record ReviewCard(
    String item, String card, Instant dueAt, Instant lastReviewAt, int reviews) {}
