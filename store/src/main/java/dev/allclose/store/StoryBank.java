package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio and behavioural story bank. An entry and its parts are written in one transaction;
 * an empty part is not stored (it reads as missing).
 */
public final class StoryBank {
  private final Jdbi jdbi;
  private final Clock clock;

  StoryBank(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Adds an entry numbered after the last of its kind. */
  public BankEntry add(
      String kind, @Nullable String prompt, String title, Map<String, String> parts) {
    Instant now = clock.instant();
    String id = Ids.next(clock);
    int number =
        jdbi.inTransaction(
            h -> {
              int n =
                  h.createQuery(
                          "SELECT COALESCE(MAX(number), 0) + 1 FROM bank_entries WHERE kind = :k")
                      .bind("k", kind)
                      .mapTo(Integer.class)
                      .one();
              h.createUpdate(
                      "INSERT INTO bank_entries (id, kind, number, prompt, title, created_at,"
                          + " updated_at) VALUES (:id, :k, :n, :p, :t, :at, :at)")
                  .bind("id", id)
                  .bind("k", kind)
                  .bind("n", n)
                  .bind("p", prompt)
                  .bind("t", title)
                  .bind("at", now.toEpochMilli())
                  .execute();
              writeParts(h, id, parts);
              return n;
            });
    return new BankEntry(id, kind, number, prompt, title, now, now, nonEmpty(parts));
  }

  /** Replaces the given parts of an entry (an empty text removes the part). */
  public Optional<BankEntry> update(String kind, int number, Map<String, String> parts) {
    Optional<BankEntry> entry = get(kind, number);
    entry.ifPresent(
        e ->
            jdbi.useTransaction(
                h -> {
                  writeParts(h, e.id(), parts);
                  h.createUpdate("UPDATE bank_entries SET updated_at = :at WHERE id = :id")
                      .bind("at", clock.millis())
                      .bind("id", e.id())
                      .execute();
                }));
    return entry.isPresent() ? get(kind, number) : Optional.empty();
  }

  /** Removes an entry and its parts; false when there was none. */
  public boolean remove(String kind, int number) {
    Optional<BankEntry> entry = get(kind, number);
    entry.ifPresent(
        e ->
            jdbi.useTransaction(
                h -> {
                  h.createUpdate("DELETE FROM bank_parts WHERE entry_id = :id")
                      .bind("id", e.id())
                      .execute();
                  h.createUpdate("DELETE FROM bank_entries WHERE id = :id")
                      .bind("id", e.id())
                      .execute();
                }));
    return entry.isPresent();
  }

  public Optional<BankEntry> get(String kind, int number) {
    return list(kind).stream().filter(e -> e.number() == number).findFirst();
  }

  /** The entries of a kind, by number. */
  public List<BankEntry> list(String kind) {
    return jdbi.withHandle(
        h -> {
          Map<String, Map<String, String>> parts = new LinkedHashMap<>();
          for (String[] row :
              h.createQuery(
                      "SELECT p.entry_id, p.part, p.body FROM bank_parts p"
                          + " JOIN bank_entries e ON e.id = p.entry_id WHERE e.kind = :k")
                  .bind("k", kind)
                  .map(
                      (rs, ctx) ->
                          new String[] {
                            rs.getString("entry_id"), rs.getString("part"), rs.getString("body")
                          })
                  .list()) {
            parts.computeIfAbsent(row[0], x -> new LinkedHashMap<>()).put(row[1], row[2]);
          }
          return h.createQuery(
                  "SELECT id, kind, number, prompt, title, created_at, updated_at"
                      + " FROM bank_entries WHERE kind = :k ORDER BY number")
              .bind("k", kind)
              .map((rs, ctx) -> entry(rs, parts))
              .list();
        });
  }

  private static BankEntry entry(ResultSet rs, Map<String, Map<String, String>> parts)
      throws SQLException {
    String id = rs.getString("id");
    return new BankEntry(
        id,
        rs.getString("kind"),
        rs.getInt("number"),
        rs.getString("prompt"),
        rs.getString("title"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        parts.getOrDefault(id, Map.of()));
  }

  private static void writeParts(Handle h, String id, Map<String, String> parts) {
    parts.forEach(
        (part, body) -> {
          h.createUpdate("DELETE FROM bank_parts WHERE entry_id = :id AND part = :p")
              .bind("id", id)
              .bind("p", part)
              .execute();
          if (!body.isBlank()) {
            h.createUpdate("INSERT INTO bank_parts (entry_id, part, body) VALUES (:id, :p, :b)")
                .bind("id", id)
                .bind("p", part)
                .bind("b", body.strip())
                .execute();
          }
        });
  }

  private static Map<String, String> nonEmpty(Map<String, String> parts) {
    Map<String, String> kept = new LinkedHashMap<>();
    parts.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            kept.put(k, v.strip());
          }
        });
    return kept;
  }
}
