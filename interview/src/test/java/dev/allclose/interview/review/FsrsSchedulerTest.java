package dev.allclose.interview.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ts-fsrs inside the JVM against ts-fsrs under Node.js (fsrs-history.json, made by
 * make_fsrs_history.js beside it), and against the behaviour its documentation states for the
 * default parameters: learning steps of 1 and 10 minutes, a relearning step of 10 minutes, and
 * "easy" graduating a new card at once.
 */
class FsrsSchedulerTest {
  private static FsrsScheduler scheduler;

  @BeforeAll
  static void open() {
    scheduler = new FsrsScheduler();
  }

  @AfterAll
  static void close() {
    scheduler.close();
  }

  static Stream<JsonNode> histories() throws IOException {
    try (InputStream in = FsrsSchedulerTest.class.getResourceAsStream("fsrs-history.json")) {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(in).get("histories").forEach(out::add);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void aReviewHistoryGivesTheCardsTsFsrsGivesUnderNode(JsonNode history) {
    String card = null;
    int cap = history.get("maximum_interval").asInt();
    FsrsScheduler.Steps steps =
        history.path("short_term").asBoolean(true)
            ? FsrsScheduler.Steps.MINUTES
            : FsrsScheduler.Steps.DAYS;
    for (JsonNode review : history.get("reviews")) {
      ScheduledCard next =
          scheduler.next(
              card,
              Instant.parse(review.get("at").asText()),
              Rating.fromId(review.get("rating").asText()).orElseThrow(),
              cap,
              steps);
      String where = history.get("name").asText() + " at " + review.get("at").asText();
      assertThat(next.due()).as(where).isEqualTo(Instant.parse(review.get("due").asText()));
      assertThat(next.state()).as(where).isEqualTo(review.get("state").asInt());
      assertThat(next.stability()).as(where).isEqualTo(review.get("stability").asDouble());
      assertThat(next.difficulty()).as(where).isEqualTo(review.get("difficulty").asDouble());
      assertThat(next.reps()).as(where).isEqualTo(review.get("reps").asInt());
      card = next.json();
    }
  }

  @Test
  void aNewCardFollowsTheDocumentedLearningSteps() {
    Instant now = Instant.parse("2026-05-01T08:00:00Z");
    assertThat(scheduler.next(null, now, Rating.AGAIN, 36500, FsrsScheduler.Steps.MINUTES).due())
        .isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(scheduler.next(null, now, Rating.GOOD, 36500, FsrsScheduler.Steps.MINUTES).due())
        .isEqualTo(now.plus(Duration.ofMinutes(10)));
    ScheduledCard easy = scheduler.next(null, now, Rating.EASY, 36500, FsrsScheduler.Steps.MINUTES);
    assertThat(easy.state()).isEqualTo(2);
    assertThat(easy.due()).isAfterOrEqualTo(now.plus(Duration.ofDays(1)));
  }

  @Test
  void aLapseGoesBackToTheRelearningStep() {
    Instant now = Instant.parse("2026-05-01T08:00:00Z");
    ScheduledCard c = scheduler.next(null, now, Rating.EASY, 36500, FsrsScheduler.Steps.MINUTES);
    ScheduledCard lapse =
        scheduler.next(c.json(), c.due(), Rating.AGAIN, 36500, FsrsScheduler.Steps.MINUTES);
    assertThat(lapse.state()).isEqualTo(3);
    assertThat(lapse.due()).isEqualTo(c.due().plus(Duration.ofMinutes(10)));
  }
}
