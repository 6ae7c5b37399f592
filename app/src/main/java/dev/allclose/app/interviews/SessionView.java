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
    int attempts) {

  static SessionView of(InterviewSessions.Session s, int number, String title, Clock clock) {
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
        s.attempts());
  }
}
