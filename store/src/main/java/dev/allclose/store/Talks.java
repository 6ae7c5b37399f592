package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Research-talk outlines and rehearsals. Saving an outline makes a new talk, which becomes the
 * current one; old outlines and every rehearsal are kept.
 */
public final class Talks {
  private final Jdbi jdbi;
  private final Clock clock;

  Talks(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores an outline, with its slides, in one transaction. */
  public StoredTalk save(String title, int minutes, List<TalkSlide> slides) {
    StoredTalk talk = new StoredTalk(Ids.next(clock), title, minutes, clock.instant(), slides);
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO talks (id, title, minutes, created_at) VALUES (:id, :t, :m, :at)")
              .bind("id", talk.id())
              .bind("t", title)
              .bind("m", minutes)
              .bind("at", talk.createdAt().toEpochMilli())
              .execute();
          for (int i = 0; i < slides.size(); i++) {
            h.createUpdate(
                    "INSERT INTO talk_slides (talk_id, position, section, title)"
                        + " VALUES (:id, :p, :s, :t)")
                .bind("id", talk.id())
                .bind("p", i)
                .bind("s", slides.get(i).section())
                .bind("t", slides.get(i).title())
                .execute();
          }
        });
    return talk;
  }

  /** The outline saved last, if any. */
  public Optional<StoredTalk> current() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, title, minutes, created_at FROM talks"
                        + " ORDER BY created_at DESC, id DESC LIMIT 1")
                .map(
                    (rs, ctx) ->
                        new StoredTalk(
                            rs.getString("id"),
                            rs.getString("title"),
                            rs.getInt("minutes"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            List.of()))
                .findOne()
                .map(t -> withSlides(h, t)));
  }

  private static StoredTalk withSlides(Handle h, StoredTalk t) {
    List<TalkSlide> slides =
        h.createQuery(
                "SELECT section, title FROM talk_slides WHERE talk_id = :id ORDER BY position")
            .bind("id", t.id())
            .map((rs, ctx) -> new TalkSlide(rs.getString("section"), rs.getString("title")))
            .list();
    return new StoredTalk(t.id(), t.title(), t.minutes(), t.createdAt(), slides);
  }

  /** Stores a finished rehearsal and its sections in one transaction. */
  public RehearsalRecord recordRehearsal(
      @Nullable String talkId, int minutes, Instant startedAt, List<RehearsalSection> sections) {
    RehearsalRecord r = new RehearsalRecord(Ids.next(clock), talkId, minutes, startedAt, sections);
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO rehearsals (id, talk_id, minutes, started_at)"
                      + " VALUES (:id, :talk, :m, :at)")
              .bind("id", r.id())
              .bind("talk", talkId)
              .bind("m", minutes)
              .bind("at", startedAt.toEpochMilli())
              .execute();
          for (int i = 0; i < sections.size(); i++) {
            RehearsalSection s = sections.get(i);
            h.createUpdate(
                    "INSERT INTO rehearsal_sections (rehearsal_id, position, section, budget_ms,"
                        + " actual_ms) VALUES (:id, :p, :s, :b, :a)")
                .bind("id", r.id())
                .bind("p", i)
                .bind("s", s.section())
                .bind("b", s.budgetMs())
                .bind("a", s.actualMs())
                .execute();
          }
        });
    return r;
  }

  /** The latest rehearsals, newest first. */
  public List<RehearsalRecord> rehearsals(int limit) {
    return jdbi.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT id, talk_id, minutes, started_at FROM rehearsals"
                        + " ORDER BY started_at DESC, id DESC LIMIT :n")
                .bind("n", limit)
                .map(
                    (rs, ctx) ->
                        new RehearsalRecord(
                            rs.getString("id"),
                            rs.getString("talk_id"),
                            rs.getInt("minutes"),
                            Instant.ofEpochMilli(rs.getLong("started_at")),
                            List.of()))
                .list()
                .stream()
                .map(
                    r ->
                        new RehearsalRecord(
                            r.id(),
                            r.talkId(),
                            r.minutes(),
                            r.startedAt(),
                            h.createQuery(
                                    "SELECT section, budget_ms, actual_ms FROM rehearsal_sections"
                                        + " WHERE rehearsal_id = :id ORDER BY position")
                                .bind("id", r.id())
                                .map(
                                    (rs, ctx) ->
                                        new RehearsalSection(
                                            rs.getString("section"),
                                            rs.getLong("budget_ms"),
                                            rs.getLong("actual_ms")))
                                .list()))
                .toList());
  }
}
