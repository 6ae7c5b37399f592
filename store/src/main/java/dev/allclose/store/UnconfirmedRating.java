package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A review whose rating is an estimate the user has not confirmed (see {@link
 * Reviews#recordUnconfirmed}).
 *
 * @param item the reviewed item, {@code question:<id>}
 * @param estimate the rating the estimate gave ({@code again} ... {@code easy}); the card was
 *     scheduled with a more cautious one
 * @param source what the estimate came from, e.g. the practice session
 * @param reviewedAt when the review happened
 * @param previousCard the scheduler's card before that review, null for a first review
 * @param previousReviews how many reviews had moved the card before
 * @param detail what a front end needs to ask for the score again, as JSON
 */
public record UnconfirmedRating(
    String item,
    String estimate,
    String source,
    Instant reviewedAt,
    @Nullable String previousCard,
    int previousReviews,
    String detail) {}
