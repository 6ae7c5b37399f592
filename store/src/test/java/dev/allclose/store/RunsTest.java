package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunsTest {
  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aRunIsQueuedUntilItsSubmissionIsRecordedWithIt(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    Runs.RunRecord first = store.runs().add("top-k", "python", "solution.py", "x = 1", "submit");
    clock.advance(Duration.ofSeconds(1));
    Runs.RunRecord second = store.runs().add("rope", "java", "Solution.java", "class S {}", "test");

    assertThat(store.runs().queued())
        .extracting(Runs.RunRecord::id)
        .containsExactly(first.id(), second.id());
    assertThat(store.runs().get(second.id()).orElseThrow().source()).isEqualTo("class S {}");

    Optional<SubmissionRecord> recorded =
        store.runs().finish(first.id(), StoreTest.submission("top-k", "submit", "accepted"));
    assertThat(recorded).isPresent();
    Runs.RunRecord done = store.runs().get(first.id()).orElseThrow();
    assertThat(done.state()).isEqualTo("done");
    assertThat(done.submissionId()).isEqualTo(recorded.get().id());
    assertThat(done.endedAt()).isEqualTo(clock.instant());
    assertThat(store.submissions().list("top-k")).hasSize(1);
    assertThat(store.runs().queued()).extracting(Runs.RunRecord::id).containsExactly(second.id());
    assertThat(store.runs().queuedCount()).isEqualTo(1);

    assertThat(store.runs().fail(second.id(), "the worker has another version of rope")).isTrue();
    assertThat(store.runs().get(second.id()).orElseThrow().error())
        .isEqualTo("the worker has another version of rope");
    assertThat(store.runs().queued()).isEmpty();
    assertThat(store.runs().queuedCount()).isZero();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aWorkersProgressRaisesTheVersionUntilTheRunEnds(TestDatabase db) throws Exception {
    Store store = db.open("db");
    Runs.RunRecord run = store.runs().add("top-k", "python", "solution.py", "x = 1", "submit");
    assertThat(store.runs().progress(run.id(), "worker-1", 11, 0, "sample-1")).isTrue();
    assertThat(store.runs().progress(run.id(), "worker-1", 11, 1, null)).isTrue();
    Runs.RunRecord seen = store.runs().get(run.id()).orElseThrow();
    assertThat(seen.version()).isEqualTo(2);
    assertThat(seen.worker()).isEqualTo("worker-1");
    assertThat(seen.planned()).isEqualTo(11);
    assertThat(seen.finished()).isEqualTo(1);
    assertThat(seen.currentCase()).isNull();

    store.runs().finish(run.id(), StoreTest.submission("top-k", "submit", "accepted"));
    assertThat(store.runs().get(run.id()).orElseThrow().version()).isEqualTo(3);
    assertThat(store.runs().progress(run.id(), "worker-2", 11, 5, "late")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aRunJudgedTwiceIsRecordedOnce(TestDatabase db) throws Exception {
    Store store = db.open("db");
    Runs.RunRecord run = store.runs().add("top-k", "python", "solution.py", "x = 1", "submit");
    NewSubmission judged = StoreTest.submission("top-k", "submit", "accepted");
    assertThat(store.runs().finish(run.id(), judged)).isPresent();
    assertThat(store.runs().finish(run.id(), judged)).isEmpty();
    assertThat(store.runs().fail(run.id(), "late")).isFalse();
    assertThat(store.runs().finish("no-such-run", judged)).isEmpty();
    assertThat(store.submissions().list("top-k")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void concurrentFinishesOfOneRunRecordOneSubmission(TestDatabase db) throws Exception {
    Store store = db.open("db");
    int racers = 6;
    List<Runs.RunRecord> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(store.runs().add("top-k", "python", "solution.py", "x = " + i, "submit"));
    }
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < racers; t++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      go.await();
                      for (Runs.RunRecord r : runs) {
                        store
                            .runs()
                            .finish(r.id(), StoreTest.submission("top-k", "submit", "accepted"));
                      }
                    } catch (InterruptedException | RuntimeException e) {
                      failures.add(e);
                    }
                  }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(store.submissions().list("top-k")).hasSize(runs.size());
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void endedRunsAreForgottenAfterAWhileAndTheirSubmissionsStay(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    Runs.RunRecord ended = store.runs().add("top-k", "python", "s.py", "x", "submit");
    store.runs().finish(ended.id(), StoreTest.submission("top-k", "submit", "accepted"));
    Runs.RunRecord waiting = store.runs().add("top-k", "python", "s.py", "y", "submit");
    clock.advance(Duration.ofDays(2));

    assertThat(store.runs().forgetEndedBefore(clock.instant().minus(Duration.ofDays(1))))
        .isEqualTo(1);
    assertThat(store.runs().get(ended.id())).isEmpty();
    assertThat(store.runs().get(waiting.id())).isPresent();
    assertThat(store.submissions().list("top-k")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void onPostgresEachChangeOfARunIsSignalledOnceItCommits(TestDatabase db) throws Exception {
    Store store = db.open("db");
    BlockingQueue<String> signalled = new LinkedBlockingQueue<>();
    Optional<RunSignals> listening = store.runSignals(signalled::add);
    if (db.kind() == TestDatabase.Kind.SQLITE) {
      assertThat(listening).as("SQLite's runs change only where they are read").isEmpty();
      return;
    }
    try (RunSignals signals = listening.orElseThrow()) {
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!signals.listening() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(signals.listening()).isTrue();
      Runs.RunRecord judged = store.runs().add("top-k", "python", "s.py", "x", "submit");
      Runs.RunRecord failed = store.runs().add("top-k", "python", "s.py", "y", "submit");

      assertThat(store.runs().progress(judged.id(), "worker-1", 11, 0, "sample-1")).isTrue();
      assertThat(nextOf(signalled, judged.id(), failed.id())).isEqualTo(judged.id());
      store.runs().finish(judged.id(), StoreTest.submission("top-k", "submit", "accepted"));
      assertThat(nextOf(signalled, judged.id(), failed.id())).isEqualTo(judged.id());
      assertThat(store.runs().fail(failed.id(), "the worker stopped")).isTrue();
      assertThat(nextOf(signalled, judged.id(), failed.id())).isEqualTo(failed.id());

      // nothing changes once a run has ended, and nothing is signalled
      assertThat(store.runs().progress(judged.id(), "worker-2", 11, 3, null)).isFalse();
      assertThat(store.runs().fail(failed.id(), "again")).isFalse();
      assertThat(store.runs().finish(judged.id(), StoreTest.submission("top-k", "submit", "x")))
          .isEmpty();
      Runs.RunRecord marker = store.runs().add("top-k", "python", "s.py", "z", "submit");
      store.runs().progress(marker.id(), "worker-1", 1, 0, null);
      assertThat(nextOf(signalled, judged.id(), failed.id(), marker.id())).isEqualTo(marker.id());
    }
  }

  /** The next signal among {@code ids} (other tests may share the database), waiting up to 10 s. */
  private static String nextOf(BlockingQueue<String> signalled, String... ids) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      String id = signalled.poll(100, TimeUnit.MILLISECONDS);
      if (id != null && List.of(ids).contains(id)) {
        return id;
      }
    }
    throw new AssertionError("no signal for " + List.of(ids));
  }
}
