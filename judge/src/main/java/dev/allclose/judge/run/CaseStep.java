package dev.allclose.judge.run;

import java.nio.file.Path;

/**
 * One case as the judge hands it to a harness.
 *
 * @param name the case's name in the manifest
 * @param source the case's input file in the judge's cache (never shown to the solution)
 * @param staged where the harness reads it: the judge copies it there just before asking for the
 *     case, and removes it after
 * @param output where the harness writes the case's results
 * @param allowanceMs how long the case may take, from the request to its end, before it is stopped
 */
public record CaseStep(String name, Path source, Path staged, Path output, long allowanceMs) {}
