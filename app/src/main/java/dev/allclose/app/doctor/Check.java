package dev.allclose.app.doctor;

/**
 * One thing {@code allclose doctor} checks.
 *
 * @param name what is checked, in a few words
 * @param ok whether it is in place
 * @param detail how it is provided, or why it is missing
 * @param fix what to do to get it; empty when it is in place
 */
public record Check(String name, boolean ok, String detail, String fix) {}
