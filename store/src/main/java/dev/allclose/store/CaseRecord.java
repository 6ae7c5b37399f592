package dev.allclose.store;

/** One case of a stored submission; {@code report} is the case report as JSON. */
public record CaseRecord(
    int position, String name, boolean visible, String verdict, String report) {}
