package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Offers kept for {@code allclose offers compare}, by name; saving a name again replaces its text
 * and keeps its place in the list.
 */
public final class SavedOffers {
  private final Jdbi jdbi;
  private final Clock clock;

  SavedOffers(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public void put(String name, String source) {
    jdbi.useTransaction(
        h -> {
          int replaced =
              h.createUpdate("UPDATE offers SET source = :s WHERE name = :n")
                  .bind("n", name)
                  .bind("s", source)
                  .execute();
          if (replaced == 0) {
            h.createUpdate("INSERT INTO offers (name, source, added_at) VALUES (:n, :s, :at)")
                .bind("n", name)
                .bind("s", source)
                .bind("at", clock.millis())
                .execute();
          }
        });
  }

  /** The kept offers, oldest first. */
  public List<SavedOffer> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name, source, added_at FROM offers ORDER BY added_at, name")
                .map(
                    (rs, ctx) ->
                        new SavedOffer(
                            rs.getString("name"),
                            rs.getString("source"),
                            Instant.ofEpochMilli(rs.getLong("added_at"))))
                .list());
  }

  /** Removes an offer; false when none had that name. */
  public boolean remove(String name) {
    return jdbi.withHandle(
            h -> h.createUpdate("DELETE FROM offers WHERE name = :n").bind("n", name).execute())
        > 0;
  }
}
