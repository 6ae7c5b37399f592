package dev.allclose.interview.review;

import dev.allclose.store.ReviewCard;
import dev.allclose.store.Reviews;
import dev.allclose.store.UnconfirmedRating;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Spaced repetition of bank questions ({@code question:<id>}) and catalog problems ({@code
 * problem:<slug>}) with {@link FsrsScheduler}, honouring a study deadline (the interview date).
 * Questions go through FSRS's learning steps of minutes; problems are scheduled in whole days.
 *
 * <p>The deadline acts twice. At each review, FSRS's maximum interval is capped at the days left
 * before the deadline minus three (FSRS may add up to two days to keep hard < good < easy), so
 * intervals shrink as the interview nears instead of jumping past it. And when listing what is due,
 * a card whose due date still falls on or after the day before the deadline (scheduled before the
 * deadline was set, say) is pulled to the start of that day, unless it was already reviewed then;
 * after the deadline has passed, plain FSRS dates apply. Not thread-safe.
 */
public final class ReviewPlanner implements AutoCloseable {
  static final String DEADLINE = "deadline";
  static final int NO_CAP_DAYS = 36_500;

  private final Reviews reviews;
  private final ZoneId zone;
  private @Nullable FsrsScheduler scheduler;

  public ReviewPlanner(Reviews reviews, ZoneId zone) {
    this.reviews = reviews;
    this.zone = zone;
  }

  public Optional<LocalDate> deadline() {
    return reviews.setting(DEADLINE).map(LocalDate::parse);
  }

  /** Sets the deadline, or removes it when null. */
  public void deadline(@Nullable LocalDate date) {
    reviews.setting(DEADLINE, date == null ? null : date.toString());
  }

  /** Reviews {@code item} with {@code rating} at {@code at}; returns the stored card. */
  public ReviewCard review(String item, Rating rating, Instant at, String source) {
    Optional<ReviewCard> previous = reviews.card(item);
    ReviewCard card =
        next(
            item,
            previous.map(ReviewCard::card).orElse(null),
            previous.map(ReviewCard::reviews).orElse(0),
            rating,
            at);
    reviews.record(card, rating.id(), source);
    return card;
  }

  /**
   * Reviews {@code item} with a rating the user did not give: {@code estimate}, the rubric's
   * reading of an answer whose self-scores were left at their suggestion. The card is scheduled
   * with {@link Rating#cautious()}, so an optimistic estimate cannot push the item weeks away, and
   * the estimate is kept until {@link #confirm} replaces it or a later review does.
   *
   * @param detail what a front end needs to ask for the score again (JSON)
   */
  public ReviewCard reviewUnconfirmed(
      String item, Rating estimate, Instant at, String source, String detail) {
    Optional<ReviewCard> previous = reviews.card(item);
    @Nullable String before = previous.map(ReviewCard::card).orElse(null);
    int count = previous.map(ReviewCard::reviews).orElse(0);
    Rating cautious = estimate.cautious();
    ReviewCard card = next(item, before, count, cautious, at);
    reviews.recordUnconfirmed(
        card,
        cautious.id(),
        source + " (estimate " + estimate.id() + ", unconfirmed)",
        new UnconfirmedRating(item, estimate.id(), source, at, before, count, detail));
    return card;
  }

  /** The reviews whose rating is still an unconfirmed estimate, oldest first. */
  public List<UnconfirmedRating> unconfirmed() {
    return reviews.unconfirmed();
  }

  /**
   * Replaces the estimate of {@code item}'s latest review by the user's {@code rating}: the card is
   * scheduled again from the state before that review, at that review's time, so the confirmation
   * does not count as a second review. Empty when the item has no unconfirmed rating.
   */
  public Optional<ReviewCard> confirm(String item, Rating rating) {
    Optional<UnconfirmedRating> pending = reviews.unconfirmed(item);
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    UnconfirmedRating p = pending.get();
    ReviewCard card = next(item, p.previousCard(), p.previousReviews(), rating, p.reviewedAt());
    return reviews.confirmed(card, rating.id(), p.source() + " (confirmed " + rating.id() + ")")
        ? Optional.of(card)
        : Optional.empty();
  }

  private ReviewCard next(
      String item, @Nullable String before, int reviewsBefore, Rating rating, Instant at) {
    ScheduledCard next = scheduler().next(before, at, rating, maximumInterval(at), steps(item));
    return new ReviewCard(item, next.json(), next.due(), at, reviewsBefore + 1);
  }

  /**
   * Applies the latest submission of each problem that came after the problem's last review;
   * returns the cards it moved.
   */
  public List<ReviewCard> syncProblems(List<ProblemOutcome> outcomes) {
    List<ReviewCard> moved = new ArrayList<>();
    for (ProblemOutcome o : outcomes) {
      String item = "problem:" + o.slug();
      Optional<ReviewCard> card = reviews.card(item);
      if (card.isEmpty() || card.get().lastReviewAt().isBefore(o.submittedAt())) {
        moved.add(review(item, o.rating(), o.submittedAt(), "submission " + o.submissionId()));
      }
    }
    return moved;
  }

  /** Every card, with its deadline-adjusted due date, soonest first. */
  public List<DueItem> schedule(Instant now) {
    Optional<LocalDate> deadline = deadline();
    List<DueItem> out = new ArrayList<>();
    for (ReviewCard c : reviews.cards()) {
      out.add(adjust(c, deadline, now));
    }
    out.sort(java.util.Comparator.comparing(DueItem::due).thenComparing(d -> d.card().item()));
    return out;
  }

  /** The cards due by the end of {@code now}'s day. */
  public List<DueItem> dueToday(Instant now) {
    Instant endOfDay = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    return schedule(now).stream().filter(d -> d.due().isBefore(endOfDay)).toList();
  }

  DueItem adjust(ReviewCard c, Optional<LocalDate> deadline, Instant now) {
    if (deadline.isEmpty() || !now.isBefore(deadline.get().atStartOfDay(zone).toInstant())) {
      return new DueItem(c, c.dueAt(), false);
    }
    Instant lastDay = deadline.get().minusDays(1).atStartOfDay(zone).toInstant();
    if (c.dueAt().isBefore(lastDay) || !c.lastReviewAt().isBefore(lastDay)) {
      return new DueItem(c, c.dueAt(), false);
    }
    return new DueItem(c, lastDay, true);
  }

  /**
   * A question can be asked again ten minutes later; a problem is an implementation of half an hour
   * or more, and doing it again the same hour teaches little, so problems are scheduled in days.
   */
  static FsrsScheduler.Steps steps(String item) {
    return item.startsWith("problem:") ? FsrsScheduler.Steps.DAYS : FsrsScheduler.Steps.MINUTES;
  }

  int maximumInterval(Instant at) {
    Optional<LocalDate> deadline = deadline();
    if (deadline.isEmpty()) {
      return NO_CAP_DAYS;
    }
    long left = ChronoUnit.DAYS.between(LocalDate.ofInstant(at, zone), deadline.get());
    return left <= 0 ? NO_CAP_DAYS : (int) Math.max(1, Math.min(NO_CAP_DAYS, left - 3));
  }

  private FsrsScheduler scheduler() {
    if (scheduler == null) {
      scheduler = new FsrsScheduler();
    }
    return scheduler;
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.close();
    }
  }
}
