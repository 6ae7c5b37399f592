package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.app.accounts.Role;
import dev.allclose.server.SharedServerFixture.User;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cohorts on a shared server, over HTTP against the real PostgreSQL: a coach's cohort, members,
 * assignments and dashboard (read from each candidate's workspace), its CSV, and who may see what.
 */
class CohortsServerTest {
  @TempDir Path home;
  SharedServerFixture shared;
  User coach;
  User alice;

  @BeforeEach
  void start() {
    shared = SharedServerFixture.start(home, 2);
    coach = shared.newUser("coach@example.org", Role.COACH);
    alice = shared.newUser("alice@example.org", Role.CANDIDATE);
  }

  @AfterEach
  void stop() throws SQLException {
    if (shared != null) {
      shared.close();
    }
  }

  static String due() {
    return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  String cohortWithAlice() {
    SharedServerFixture.Http.Response created =
        coach.post("/api/cohorts", "{\"name\": \"Winter cohort\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(
            coach
                .post("/api/cohorts/" + id + "/members", "{\"email\": \"Alice@Example.org\"}")
                .status())
        .isEqualTo(204);
    return id;
  }

  @Test
  void theDashboardShowsEachCandidatesAcceptedSubmissionWithinTheDeadline() throws Exception {
    String id = cohortWithAlice();
    SharedServerFixture.Http.Response assigned =
        coach.post(
            "/api/cohorts/" + id + "/assignments",
            "{\"title\": \"Week 1\", \"kind\": \"set\", \"due_at\": \""
                + due()
                + "\", \"problems\": [\"1\", \"top-k\"]}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    assertThat(assigned.json().get("problems").toString())
        .isEqualTo("[\"multi-head-attention\",\"top-k\"]");

    assertThat(
            SharedServerFixture.runToEnd(alice, "1", "import numpy as np\n")
                .get("report")
                .get("verdict")
                .asText())
        .isNotEqualTo("accepted");
    JsonNode run = SharedServerFixture.runToEnd(alice, "1", ApiTest.MHA);
    assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");

    JsonNode dashboard = coach.get("/api/cohorts/" + id).json();
    assertThat(dashboard.get("members").toString()).isEqualTo("[\"alice@example.org\"]");
    JsonNode member = dashboard.get("assignments").get(0).get("members").get(0);
    assertThat(member.get("email").asText()).isEqualTo("alice@example.org");
    assertThat(member.get("solved").asInt()).isEqualTo(1);
    JsonNode mha = member.get("problems").get(0);
    assertThat(mha.get("problem").asText()).isEqualTo("multi-head-attention");
    assertThat(mha.get("solved_at").isNull()).isFalse();
    assertThat(mha.get("attempts").asInt()).isEqualTo(2);
    assertThat(member.get("problems").get(1).get("status").asText()).isEqualTo("todo");

    // the candidate sees the same assignment and where she stands
    JsonNode mine = alice.get("/api/assignments").json();
    assertThat(mine.get(0).get("cohort").asText()).isEqualTo("Winter cohort");
    assertThat(mine.get(0).get("problems").get(0).get("solved_at").isNull()).isFalse();

    String csv = coach.get("/api/cohorts/" + id + "/dashboard.csv").body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "candidate,assignment,kind,due,problem,solved_in_window,solved_at,attempts,"
                + "time_minutes,derivation_score");
    assertThat(csv)
        .contains("alice@example.org,Week 1,set,")
        .contains(",multi-head-attention,yes,")
        .contains(",top-k,no,");
  }

  @Test
  void anAssessmentCountsOnlyWhatIsAcceptedOnItsClock() throws Exception {
    String id = cohortWithAlice();
    // solved in practice before the assessment: not counted for it
    SharedServerFixture.runToEnd(alice, "1", ApiTest.MHA);
    String assessment =
        coach
            .post(
                "/api/cohorts/" + id + "/assignments",
                "{\"title\": \"=HYPERLINK(\\\"x\\\")\", \"kind\": \"assessment\", \"minutes\": 45,"
                    + " \"due_at\": \""
                    + due()
                    + "\", \"problems\": [\"1\"]}")
            .json()
            .get("id")
            .asText();
    JsonNode before = coach.get("/api/cohorts/" + id).json().get("assignments").get(0);
    assertThat(before.get("members").get(0).get("solved").asInt()).isZero();
    assertThat(before.get("members").get(0).get("started_at").isNull()).isTrue();

    JsonNode started = alice.post("/api/assignments/" + assessment + "/start", null).json();
    Instant start = Instant.parse(started.get("started_at").asText());
    assertThat(Instant.parse(started.get("ends_at").asText()))
        .isEqualTo(start.plusSeconds(45 * 60));
    // starting again keeps the first start
    assertThat(
            alice
                .post("/api/assignments/" + assessment + "/start", null)
                .json()
                .get("started_at")
                .asText())
        .isEqualTo(started.get("started_at").asText());

    // on the clock, hints and the editorial stay closed, as in an interview, though she solved it
    assertThat(alice.get("/api/problems/1/editorial").status()).isEqualTo(403);
    SharedServerFixture.Http.Response hint = alice.post("/api/problems/1/hints", null);
    assertThat(hint.status()).isEqualTo(403);
    assertThat(hint.json().get("error").asText())
        .startsWith("hints stay closed while the timed assessment");

    SharedServerFixture.runToEnd(alice, "1", ApiTest.MHA);
    JsonNode after = coach.get("/api/cohorts/" + id).json().get("assignments").get(0);
    assertThat(after.get("members").get(0).get("solved").asInt()).isEqualTo(1);
    assertThat(after.get("members").get(0).get("problems").get(0).get("attempts").asInt())
        .isEqualTo(1);
    // a title a spreadsheet would run as a formula is exported as text
    assertThat(coach.get("/api/cohorts/" + id + "/dashboard.csv").body()).contains("'=HYPERLINK(");
  }

  @Test
  void onlyTheCohortsCoachesSeeIt() {
    String id = cohortWithAlice();
    User other = shared.newUser("other-coach@example.org", Role.COACH);
    assertThat(other.get("/api/cohorts/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/cohorts").json()).isEmpty();
    assertThat(
            other
                .post("/api/cohorts/" + id + "/members", "{\"email\": \"alice@example.org\"}")
                .status())
        .isEqualTo(404);
    // a candidate reaches no coach route, and no other cohort's assignment
    assertThat(alice.get("/api/cohorts/" + id).status()).isEqualTo(403);
    assertThat(alice.get("/api/cohorts").status()).isEqualTo(403);
    assertThat(alice.post("/api/assignments/nope/start", null).status()).isEqualTo(404);
    // an admin sees every cohort
    User admin = shared.newUser("admin@example.org", Role.ADMIN);
    assertThat(admin.get("/api/cohorts/" + id).status()).isEqualTo(200);
    // mistakes get one line that says what to do
    assertThat(
            coach
                .post("/api/cohorts/" + id + "/members", "{\"email\": \"ghost@example.org\"}")
                .json()
                .get("error")
                .asText())
        .isEqualTo("no account for ghost@example.org; an admin invites them first (/admin)");
    assertThat(
            coach
                .post(
                    "/api/cohorts/" + id + "/assignments",
                    "{\"title\": \"x\", \"due_at\": \"2020-01-01T00:00:00Z\", \"problems\": [\"1\"]}")
                .json()
                .get("error")
                .asText())
        .contains("in the past");
    assertThat(
            coach
                .post(
                    "/api/cohorts/" + id + "/assignments",
                    "{\"title\": \"x\", \"due_at\": \""
                        + due()
                        + "\", \"problems\": [\"no-such\"]}")
                .status())
        .isEqualTo(404);
  }
}
