package dev.allclose.plan.schedule;

import dev.allclose.plan.content.ContentNode;

/** A piece of non-judged work from the plan content: an id, what to do, and its minutes. */
public record TaskTemplate(String id, String title, int minutes) {
  static final int MAX_MINUTES = 240;

  static TaskTemplate read(ContentNode n) {
    n.allow("id", "title", "minutes");
    return new TaskTemplate(n.text("id"), n.text("title"), n.integer("minutes", 5, MAX_MINUTES));
  }
}
