package dev.allclose.store;

/**
 * One slide of a talk outline.
 *
 * @param section the id of the timebox section it belongs to (for example {@code method})
 */
public record TalkSlide(String section, String title) {}
