package dev.allclose.plan.stories;

import dev.allclose.plan.content.ContentNode;

/**
 * One part of a story or a project brief: what to ask for it, and what a complete part needs.
 *
 * @param minWords fewer words than this reads as thin
 * @param needsNumber whether the part should carry a figure (a digit)
 */
public record PartSpec(String id, String title, String ask, int minWords, boolean needsNumber) {
  static PartSpec read(ContentNode n) {
    n.allow("id", "title", "ask", "min_words", "needs_number");
    return new PartSpec(
        n.text("id"),
        n.text("title"),
        n.text("ask"),
        n.optionalInteger("min_words", 1, 200, 1),
        n.flag("needs_number", false));
  }
}
