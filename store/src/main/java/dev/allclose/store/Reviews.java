package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Spaced-repetition cards and their review log. A review replaces the card and appends to the log
 * in one transaction. The scheduling itself lives in the interview module; the store keeps the card
 * as the scheduler wrote it.
 */
public final class Reviews {
  private final Jdbi jdbi;
  private final Clock clock;

  Reviews(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public Optional<ReviewCard> card(String item) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT item, card, due_at, last_review_at, reviews FROM review_cards"
                        + " WHERE item = :item")
                .bind("item", item)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  /** Every card, soonest due first. */
  public List<ReviewCard> cards() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT item, card, due_at, last_review_at, reviews FROM review_cards"
                        + " ORDER BY due_at, item")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  /**
   * Stores the card a review produced and logs the review; an unconfirmed rating of an earlier
   * review of the item is forgotten, since this review replaces it.
   *
   * @param rating the rating given ({@code again}, {@code hard}, {@code good}, {@code easy})
   * @param source what the rating came from, e.g. the practice session or submission id
   */
  public void record(ReviewCard card, String rating, String source) {
    jdbi.useTransaction(h -> replace(h, card, rating, source));
  }

  /**
   * Stores the card a review with an unconfirmed rating produced, logs the review, and keeps {@code
   * pending} until {@link #confirmed} or a later review replaces it.
   *
   * @param rating the rating the card was scheduled with
   */
  public void recordUnconfirmed(
      ReviewCard card, String rating, String source, UnconfirmedRating pending) {
    if (!pending.item().equals(card.item())) {
      throw new IllegalArgumentException(pending.item() + " is not " + card.item());
    }
    jdbi.useTransaction(
        h -> {
          replace(h, card, rating, source);
          h.createUpdate(
                  "INSERT INTO unconfirmed_ratings (item, estimate, source, reviewed_at,"
                      + " previous_card, previous_reviews, detail) VALUES (:item, :estimate,"
                      + " :source, :at, :previous, :reviews, :detail)")
              .bind("item", pending.item())
              .bind("estimate", pending.estimate())
              .bind("source", pending.source())
              .bind("at", pending.reviewedAt().toEpochMilli())
              .bind("previous", pending.previousCard())
              .bind("reviews", pending.previousReviews())
              .bind("detail", pending.detail())
              .execute();
        });
  }

  /** The unconfirmed rating of {@code item}'s latest review, if it has one. */
  public Optional<UnconfirmedRating> unconfirmed(String item) {
    return jdbi.withHandle(
        h ->
            h.createQuery(UNCONFIRMED + " WHERE item = :item")
                .bind("item", item)
                .map((rs, ctx) -> unconfirmedRow(rs))
                .findOne());
  }

  /** Every unconfirmed rating, oldest review first. */
  public List<UnconfirmedRating> unconfirmed() {
    return jdbi.withHandle(
        h ->
            h.createQuery(UNCONFIRMED + " ORDER BY reviewed_at, item")
                .map((rs, ctx) -> unconfirmedRow(rs))
                .list());
  }

  /**
   * Replaces the card of an unconfirmed review with the one the confirmed rating gives, logs the
   * confirmation and forgets the estimate. Does nothing and returns false when {@code card}'s item
   * has no unconfirmed rating any more (a later review replaced it).
   */
  public boolean confirmed(ReviewCard card, String rating, String source) {
    return jdbi.inTransaction(
        h -> {
          int pending =
              h.createQuery("SELECT COUNT(*) FROM unconfirmed_ratings WHERE item = :item")
                  .bind("item", card.item())
                  .mapTo(Integer.class)
                  .one();
          if (pending == 0) {
            return false;
          }
          replace(h, card, rating, source);
          return true;
        });
  }

  private static final String UNCONFIRMED =
      "SELECT item, estimate, source, reviewed_at, previous_card, previous_reviews, detail"
          + " FROM unconfirmed_ratings";

  /** Replaces the card, logs the review and drops an earlier review's unconfirmed rating. */
  private void replace(Handle h, ReviewCard card, String rating, String source) {
    h.createUpdate("DELETE FROM unconfirmed_ratings WHERE item = :item")
        .bind("item", card.item())
        .execute();
    h.createUpdate("DELETE FROM review_cards WHERE item = :item")
        .bind("item", card.item())
        .execute();
    h.createUpdate(
            "INSERT INTO review_cards (item, card, due_at, last_review_at, reviews)"
                + " VALUES (:item, :card, :due, :last, :reviews)")
        .bind("item", card.item())
        .bind("card", card.card())
        .bind("due", card.dueAt().toEpochMilli())
        .bind("last", card.lastReviewAt().toEpochMilli())
        .bind("reviews", card.reviews())
        .execute();
    h.createUpdate(
            "INSERT INTO review_log (id, item, rating, source, reviewed_at, due_at)"
                + " VALUES (:id, :item, :rating, :source, :at, :due)")
        .bind("id", Ids.next(clock))
        .bind("item", card.item())
        .bind("rating", rating)
        .bind("source", source)
        .bind("at", card.lastReviewAt().toEpochMilli())
        .bind("due", card.dueAt().toEpochMilli())
        .execute();
  }

  /** How many reviews the log holds for {@code item}. */
  public int logged(String item) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM review_log WHERE item = :item")
                .bind("item", item)
                .mapTo(Integer.class)
                .one());
  }

  public Optional<String> setting(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT value FROM review_settings WHERE name = :n")
                .bind("n", name)
                .mapTo(String.class)
                .findOne());
  }

  /** Sets a setting, or removes it when {@code value} is null. */
  public void setting(String name, @org.jspecify.annotations.Nullable String value) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM review_settings WHERE name = :n").bind("n", name).execute();
          if (value != null) {
            h.createUpdate("INSERT INTO review_settings (name, value) VALUES (:n, :v)")
                .bind("n", name)
                .bind("v", value)
                .execute();
          }
        });
  }

  private static UnconfirmedRating unconfirmedRow(ResultSet rs) throws SQLException {
    return new UnconfirmedRating(
        rs.getString("item"),
        rs.getString("estimate"),
        rs.getString("source"),
        Instant.ofEpochMilli(rs.getLong("reviewed_at")),
        rs.getString("previous_card"),
        rs.getInt("previous_reviews"),
        rs.getString("detail"));
  }

  private static ReviewCard row(ResultSet rs) throws SQLException {
    return new ReviewCard(
        rs.getString("item"),
        rs.getString("card"),
        Instant.ofEpochMilli(rs.getLong("due_at")),
        Instant.ofEpochMilli(rs.getLong("last_review_at")),
        rs.getInt("reviews"));
  }
}
