package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreTest {
  @TempDir Path tmp;

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-01T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  static NewSubmission submission(String problem, String kind, String verdict) {
    return new NewSubmission(
        problem,
        kind,
        "python",
        "s.py",
        "print(1)",
        verdict,
        verdict.equals("accepted") ? 3 : 1,
        3,
        120,
        "{\"verdict\":\"" + verdict + "\"}",
        List.of(
            new CaseRecord(0, "sample-1", true, verdict, "{}"),
            new CaseRecord(1, "h", false, verdict, "{}")));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void tracksStatusAttemptsAndTimeFromTheStartOfTheClock(TestDatabase db) throws Exception {
    ManualClock clock = new ManualClock();
    Store store = db.open("db.sqlite", clock);
    store.attempts().start("multi-head-attention", "python", "mha.py");
    clock.advance(Duration.ofMinutes(10));
    store.submissions().record(submission("multi-head-attention", "test", "wrong_answer"));
    store.submissions().record(submission("multi-head-attention", "submit", "wrong_answer"));
    clock.advance(Duration.ofMinutes(25));
    store.submissions().record(submission("multi-head-attention", "submit", "accepted"));
    clock.advance(Duration.ofMinutes(5));
    store.submissions().record(submission("multi-head-attention", "submit", "accepted"));
    store.submissions().record(submission("top-k", "submit", "runtime_error"));
    store.notes().put("top-k", "try quickselect");

    List<ProgressRow> rows =
        store.progress().rows(List.of("multi-head-attention", "top-k", "bloom-filter"));

    assertThat(rows.get(0).solved()).isTrue();
    assertThat(rows.get(0).attempts()).isEqualTo(3);
    assertThat(rows.get(0).runs()).isEqualTo(4);
    assertThat(rows.get(0).firstSolved()).isEqualTo(Instant.parse("2026-11-01T09:35:00Z"));
    assertThat(rows.get(0).solveMs()).isEqualTo(Duration.ofMinutes(35).toMillis());
    assertThat(rows.get(1).solved()).isFalse();
    assertThat(rows.get(1).attempts()).isEqualTo(1);
    assertThat(rows.get(1).solveMs()).isNull();
    assertThat(rows.get(1).note()).isEqualTo("try quickselect");
    assertThat(rows.get(2)).isEqualTo(ProgressRow.untouched("bloom-filter"));
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void keepsSubmissionsWithTheirCasesAcrossReopening(TestDatabase db) throws Exception {
    SubmissionRecord saved =
        db.open("db").submissions().record(submission("top-k", "submit", "accepted"));

    Store reopened = db.open("db");
    SubmissionRecord read = reopened.submissions().get(saved.id()).orElseThrow();

    assertThat(read.verdict()).isEqualTo("accepted");
    assertThat(read.cases()).extracting(CaseRecord::name).containsExactly("sample-1", "h");
    assertThat(reopened.submissions().list("top-k")).hasSize(1);
  }

  @Test
  void aStoreWithKeptConnectionsTakesConcurrentWritersAndClosesCleanly() throws Exception {
    Path db = tmp.resolve("db.sqlite");
    int writers = 12; // more than the pool holds: some wait for a connection
    int each = 20;
    try (Store kept = Store.openSqlite(db, Clock.systemUTC(), Store.Connections.KEPT)) {
      List<Thread> threads = new java.util.ArrayList<>();
      List<Throwable> failures =
          java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      for (int w = 0; w < writers; w++) {
        String problem = "p" + w;
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        for (int i = 0; i < each; i++) {
                          kept.submissions().record(submission(problem, "submit", "accepted"));
                          kept.notes().append(problem, "run " + i);
                        }
                      } catch (RuntimeException e) {
                        failures.add(e);
                      }
                    }));
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
    }
    // closed: the last connection checkpointed its log into the file, which a new store reads
    assertThat(db.resolveSibling("db.sqlite-wal")).doesNotExist();
    Store reopened = Store.openSqlite(db);
    for (int w = 0; w < writers; w++) {
      assertThat(reopened.submissions().list("p" + w)).hasSize(each);
      assertThat(reopened.notes().get("p" + w).orElseThrow()).endsWith("run " + (each - 1));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void notesAppendAndReplace(TestDatabase db) throws Exception {
    Store store = db.open("db.sqlite");
    store.notes().append("bpe-tokenizer", "ties!");
    store.notes().append("bpe-tokenizer", "overlaps");
    assertThat(store.notes().get("bpe-tokenizer")).contains("ties!\noverlaps");
    store.notes().put("bpe-tokenizer", "done");
    assertThat(store.notes().get("bpe-tokenizer")).contains("done");
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void keepsEveryVersionOfADerivationTiedToTheAttemptAndTheTrackerShowsTheLatestScore(
      TestDatabase db) throws Exception {
    ManualClock clock = new ManualClock();
    Store store = db.open("db.sqlite", clock);
    StoredDerivation before = store.derivations().add("adam", "m_t is biased", 0.25, "[]");
    assertThat(before.attemptId()).isNull();
    assertThat(store.progress().rows(List.of("adam")).get(0).derivationScore()).isEqualTo(0.25);

    Attempt attempt = store.attempts().start("adam", "python", null);
    clock.advance(Duration.ofMinutes(3));
    store.derivations().add("adam", "E[m_t] = (1 - beta^t) E[g]", 0.75, "[]");

    StoredDerivation latest = store.derivations().latest("adam").orElseThrow();
    assertThat(latest.body()).isEqualTo("E[m_t] = (1 - beta^t) E[g]");
    assertThat(latest.attemptId()).isEqualTo(attempt.id());
    assertThat(store.derivations().versions("adam")).isEqualTo(2);
    ProgressRow row = store.progress().rows(List.of("adam", "lora")).get(0);
    assertThat(row.derivationScore()).isEqualTo(0.75);
    assertThat(row.attempts()).isZero();
    assertThat(store.progress().rows(List.of("lora")).get(0).derivationScore()).isNull();
  }
}
