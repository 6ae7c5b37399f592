package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Event;
import dev.allclose.numeric.NdArray;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A case the harness finished, with what the judge measured and read itself.
 *
 * @param end what the harness reported (its status, prints and traceback; nothing here is trusted
 *     for the verdict but the solution's own account of its failure)
 * @param wallMs the judge's clock, from the request for the case to its end event
 * @param cpuMs the CPU time the run's processes used meanwhile, as the kernel counts it
 * @param output the output file as it was when the case ended
 * @param transferredBytes the sizes of the case's input and output files together
 */
public record CaseRun(
    String name, Event.End end, double wallMs, double cpuMs, Output output, long transferredBytes) {

  /** The case's output file, read the moment the case ended. */
  public sealed interface Output {
    /** The arrays it holds, by name. */
    record Arrays(SequencedMap<String, NdArray> arrays) implements Output {}

    /** The harness wrote no file (the solution failed before returning). */
    record Missing() implements Output {}

    /** It could not be taken as an archive of arrays: why, in a few words. */
    record Unreadable(String why) implements Output {}

    /** The arrays, or none. */
    default Map<String, NdArray> arraysOrEmpty() {
      return this instanceof Arrays a ? a.arrays() : Map.of();
    }
  }
}
