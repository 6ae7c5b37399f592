package dev.allclose.store;

import java.time.Instant;
import java.util.List;

/** A research-talk outline: its title, length and slides in order. */
public record StoredTalk(
    String id, String title, int minutes, Instant createdAt, List<TalkSlide> slides) {
  public StoredTalk {
    slides = List.copyOf(slides);
  }
}
