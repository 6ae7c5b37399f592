package dev.allclose.interview.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four answers to "how well did you recall it?", with FSRS's grade numbers. */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  int grade() {
    return grade;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Rating> fromId(String id) {
    return Arrays.stream(values())
        .filter(r -> r.id().equals(id.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * The rating to schedule with when this one is only an estimate the user has not confirmed: at
   * most {@link #HARD}, so the item comes back soon enough to be rated for real.
   */
  public Rating cautious() {
    return compareTo(HARD) > 0 ? HARD : this;
  }

  /**
   * The rating a self-scored answer earns: the share of the rubric's points the user gave
   * themselves (0 to 1). Below 40% the question is forgotten (again), below 65% hard, below 90%
   * good, else easy.
   */
  public static Rating fromScore(double share) {
    if (share < 0.4) {
      return AGAIN;
    }
    if (share < 0.65) {
      return HARD;
    }
    return share < 0.9 ? GOOD : EASY;
  }
}
