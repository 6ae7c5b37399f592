package dev.allclose.app.interviews;

import dev.allclose.store.InterviewSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An interview session as the front ends show it.
 *
 * @param title the problem's title, so a list of sessions reads without a lookup
 * @param remainingMs time left, 0 once over
 * @param timeUsedMs from the start to the end (or to now while it runs)
 * @param verdict the best verdict of the full submissions made during it ("none" without any); null
 *     while it runs
 * @param debug whether it is a debugging round, which starts from a known wrong submission
 * @param code a running debugging round's code as last saved; null otherwise (the list of sessions
 *     does not carry old code around)
 * @param planted the bug a debugging round planted, once the round is over; null before, and for a
 *     plain session, so that the answer cannot be read while the clock runs
 */
public record SessionView(
    String id,
    String problem,
    int number,
    String title,
    String language,
    Instant startedAt,
    Instant endsAt,
    int budgetMinutes,
    long remainingMs,
    boolean running,
    @Nullable Instant endedAt,
    long timeUsedMs,
    @Nullable String verdict,
    int attempts,
    boolean debug,
    @Nullable String code,
    @Nullable Planted planted) {

  /**
   * The bug a debugging round started from.
   *
   * @param submission the known wrong submission, as "folder/file" in the package's submissions
   * @param description what is wrong with it, in one line
   */
  public record Planted(String submission, String description) {}

  static SessionView of(
      InterviewSessions.Session s,
      int number,
      String title,
      @Nullable Planted planted,
      Clock clock) {
    Instant now = clock.instant();
    boolean running = s.running(now);
    Instant end = s.endedAt() != null ? s.endedAt() : running ? now : s.deadline();
    long remaining = running ? Duration.between(now, s.deadline()).toMillis() : 0;
    return new SessionView(
        s.id(),
        s.problem(),
        number,
        title,
        s.language(),
        s.startedAt(),
        s.deadline(),
        (int) s.budget().toMinutes(),
        remaining,
        running,
        s.endedAt(),
        Duration.between(s.startedAt(), end).toMillis(),
        s.verdict(),
        s.attempts(),
        s.debug(),
        s.debug() && running ? s.draft() : null,
        running ? null : planted);
  }
}
