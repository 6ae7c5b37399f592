package dev.allclose.harness.protocol;

/**
 * The judge's request to run one case of the manifest, one JSON line on the harness's standard
 * input: {@code {"run": "case-name"}}. The judge writes the case's input file just before it sends
 * this, so a solution never sees the inputs of a case it has not been asked to run.
 */
public record RunCase(String run) {}
