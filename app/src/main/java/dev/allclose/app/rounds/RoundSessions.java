package dev.allclose.app.rounds;

import dev.allclose.app.AppException;
import dev.allclose.app.Json;
import dev.allclose.store.PracticeAnswer;
import dev.allclose.store.PracticeSession;
import dev.allclose.store.Store;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stored sessions of the talk rounds (critique, design, open problems): which bank item comes
 * next and the record of one answered item. Thread-safe.
 */
public final class RoundSessions {
  private final Supplier<Store> store;

  public RoundSessions(Supplier<Store> store) {
    this.store = store;
  }

  /**
   * The item practised least in a round; among equals, the first in bank order.
   *
   * @throws AppException (not found) with {@code noneMessage} when there is no item
   */
  public <T> T leastPractised(
      String round, List<T> items, Function<T, String> id, String noneMessage) {
    List<String> done =
        store.get().practice().sessions(round).stream().map(PracticeSession::label).toList();
    return items.stream()
        .min(Comparator.comparingLong(t -> done.stream().filter(id.apply(t)::equals).count()))
        .orElseThrow(() -> AppException.notFound(noneMessage));
  }

  /**
   * Stores one answered item of a round: its parts by id, the scored result and its score.
   *
   * @return the session's id
   */
  public String record(
      String round,
      String item,
      Instant start,
      Instant end,
      Map<String, String> parts,
      long elapsedMs,
      long budgetMs,
      Object result,
      double score) {
    return store
        .get()
        .practice()
        .record(
            round,
            item,
            start,
            end,
            List.of(
                new PracticeAnswer(
                    0,
                    item,
                    Json.compact(parts),
                    elapsedMs,
                    budgetMs,
                    Json.compact(result),
                    score)))
        .id();
  }
}
