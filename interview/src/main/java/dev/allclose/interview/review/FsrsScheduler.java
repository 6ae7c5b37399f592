package dev.allclose.interview.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jspecify.annotations.Nullable;

/**
 * The FSRS spaced-repetition scheduler (Ye, Su and Cao, "A Stochastic Shortest Path Algorithm for
 * Optimizing Spaced Repetition Scheduling", KDD 2022; FSRS-6 default parameters) as implemented by
 * ts-fsrs, the open-spaced-repetition project's reference TypeScript library, run unchanged inside
 * the JVM by GraalJS.
 *
 * <p>Why this way: no JVM implementation of FSRS is published on Maven Central, and a scheduler is
 * not something to write by hand. ts-fsrs is fetched from the npm registry at build time, pinned by
 * version and the registry's sha512 in {@code interview/pom.xml}, and shipped as a resource (its
 * {@code dist/index.umd.js} and licence). GraalJS runs it in interpreter mode on any JDK, in a
 * context with no access to the host, files or network. Fuzz is off, so the same review history
 * always gives the same due dates.
 *
 * <p>Creating the first scheduler in a JVM loads the engine (about a second, several on a slow
 * machine); later ones reuse it. An instance is not thread-safe; close it when done.
 */
public final class FsrsScheduler implements AutoCloseable {
  private static final String LIBRARY = "ts-fsrs/dist/index.umd.js";
  private static final String GLUE = "schedule.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Context context;
  private final Value schedule;

  public FsrsScheduler() {
    context =
        Context.newBuilder("js")
            .engine(Shared.ENGINE)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .build();
    context.eval(Shared.LIBRARY_SOURCE);
    schedule = context.eval(Shared.GLUE_SOURCE);
  }

  /**
   * Reviews a card.
   *
   * @param card the card from the previous review, or null for an item never reviewed
   * @param maximumIntervalDays the longest interval the scheduler may choose (FSRS's {@code
   *     maximum_interval}); FSRS may still pick one day more when the card's "good" interval has to
   *     exceed its "hard" one
   * @param steps whether a new or forgotten card first goes through FSRS's learning steps of
   *     minutes ({@link Steps#MINUTES}) or is scheduled in whole days at once ({@link Steps#DAYS},
   *     FSRS's {@code enable_short_term: false})
   */
  public ScheduledCard next(
      @Nullable String card, Instant now, Rating rating, int maximumIntervalDays, Steps steps) {
    if (maximumIntervalDays < 1) {
      throw new IllegalArgumentException("the maximum interval must be at least a day");
    }
    try {
      String json =
          schedule
              .execute(
                  card, now.toString(), rating.grade(), maximumIntervalDays, steps == Steps.MINUTES)
              .asString();
      JsonNode n = JSON.readTree(json);
      return new ScheduledCard(
          json,
          Instant.parse(n.get("due").asText()),
          n.get("state").asInt(),
          n.get("stability").asDouble(),
          n.get("difficulty").asDouble(),
          n.get("reps").asInt());
    } catch (PolyglotException e) {
      throw new IllegalStateException("the FSRS scheduler failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How FSRS treats a card that is new or was just forgotten. */
  public enum Steps {
    /** Learning steps of 1 and 10 minutes (relearning: 10), then days: for questions. */
    MINUTES,
    /** Whole days from the first review: for tasks too long to redo within the hour. */
    DAYS
  }

  @Override
  public void close() {
    context.close();
  }

  /** The engine and parsed sources, shared by every scheduler of the JVM. */
  private static final class Shared {
    static final Engine ENGINE =
        Engine.newBuilder("js")
            .option("engine.WarnInterpreterOnly", "false")
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .build();
    static final Source LIBRARY_SOURCE = source(LIBRARY);
    static final Source GLUE_SOURCE = source(GLUE);

    private static Source source(String name) {
      try (InputStream in = FsrsScheduler.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(
              name + " is missing from the build (the interview module's build fetches ts-fsrs)");
        }
        return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), name)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
