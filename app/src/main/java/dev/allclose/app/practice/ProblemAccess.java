package dev.allclose.app.practice;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What of a problem the user may see now, decided once for both front ends.
 *
 * @param hintsTotal the hint levels the problem has
 * @param hintsShown the levels the user may read now (those revealed; none during an interview)
 * @param editorialClosedBecause null when the editorial may be shown; otherwise the one-line
 *     reason, which says how to open it
 * @param interviewSession the id of the interview session running on this problem, if one is
 */
public record ProblemAccess(
    int hintsTotal,
    int hintsShown,
    @Nullable String editorialClosedBecause,
    @Nullable String interviewSession) {

  public boolean editorialOpen() {
    return editorialClosedBecause == null;
  }

  public Optional<String> runningInterview() {
    return Optional.ofNullable(interviewSession);
  }
}
