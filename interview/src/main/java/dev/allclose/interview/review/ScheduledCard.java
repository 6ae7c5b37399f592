package dev.allclose.interview.review;

import java.time.Instant;

/**
 * A card after a review.
 *
 * @param json the scheduler's card, to be given back at the next review
 * @param state FSRS's state: 0 new, 1 learning, 2 review, 3 relearning
 * @param stability FSRS's memory stability, in days
 */
public record ScheduledCard(
    String json, Instant due, int state, double stability, double difficulty, int reps) {}
